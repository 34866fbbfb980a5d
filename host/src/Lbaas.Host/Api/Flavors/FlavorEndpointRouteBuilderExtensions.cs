using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Flavors;

/// <summary>Maps <c>/flavors</c> and <c>/flavorprofiles</c>: reads for everyone, writes and profiles for admins.</summary>
public static class FlavorEndpointRouteBuilderExtensions
{
    private static readonly string[] FlavorPostKeys = ["name", "description", "enabled", "flavor_profile_id"];
    private static readonly string[] FlavorPutKeys = ["name", "description", "enabled"];

    private static readonly ProfileKind<FlavorProfileEntity> Profiles = new(
        "/flavorprofiles", "flavor_profile_", "flavor_data", "Flavor Profile", "Flavor profile", FlavorSchemas.FlavorProfile,
        (db, id, ct) => db.Flavors.AnyAsync(f => f.FlavorProfileId == id, ct),
        (validator, provider, data, ct) => validator.ValidateFlavorDataAsync(provider, data, ct));

    /// <summary>Maps the flavor and flavor profile endpoints relative to <paramref name="api"/> (for example <c>/v2/lbaas</c>).</summary>
    /// <param name="api">The API group.</param>
    /// <returns>The same group.</returns>
    public static IEndpointRouteBuilder MapFlavorApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/flavors", ListFlavorsAsync);
        api.MapGet("/flavors/{id}", GetFlavorAsync);
        api.MapPost("/flavors", CreateFlavorAsync);
        api.MapPut("/flavors/{id}", UpdateFlavorAsync);
        api.MapDelete("/flavors/{id}", DeleteFlavorAsync);

        ProfileEndpoints.Map(api, Profiles);
        return api;
    }

    private static async Task<IResult> ListFlavorsAsync(
        HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var flavors = await db.Flavors.AsNoTracking().ToListAsync(cancellationToken);
        return ListResponder.Render(context, query, FlavorSchemas.Flavor, flavors, f => f.Id, _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<IResult> GetFlavorAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        var flavor = await FindFlavorAsync(db, id, cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, FlavorSchemas.Flavor, flavor, ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> CreateFlavorAsync(HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "flavor", "flavor_", FlavorPostKeys, errors, cancellationToken);
        var name = body.String("name", 255, required: true);
        var description = body.String("description", 255);
        var enabled = body.Bool("enabled") ?? true;
        var profileId = body.Uuid("flavor_profile_id", required: true);
        FieldReader.ThrowIfAny(errors);
        var flavor = new FlavorEntity
        {
            Id = Guid.NewGuid(),
            Name = name!,
            Description = description,
            Enabled = enabled,
            FlavorProfileId = profileId!.Value,
        };
        if (!await db.FlavorProfiles.AnyAsync(p => p.Id == flavor.FlavorProfileId, cancellationToken))
        {
            throw ApiException.NotFound("Flavor Profile", flavor.FlavorProfileId);
        }

        await EnsureUniqueNameAsync(db, flavor.Name, null, cancellationToken);
        db.Flavors.Add(flavor);
        await SaveUniqueAsync(db, flavor.Name, cancellationToken);
        return JsonResult.Single(StatusCodes.Status201Created, FlavorSchemas.Flavor, flavor);
    }

    private static async Task<IResult> UpdateFlavorAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "flavor", "flavor_", FlavorPutKeys, errors, cancellationToken);
        var name = body.OptString("name", 255);
        var description = body.OptString("description", 255);
        var enabled = body.OptBool("enabled");
        if (name.TryGetValue(out var newName) && newName is null)
        {
            errors.Add("None is not a valid option for name");
        }

        FieldReader.ThrowIfAny(errors);
        var flavor = await FindFlavorAsync(db, id, cancellationToken);
        if (name.TryGetValue(out newName))
        {
            flavor.Name = newName!;
            await EnsureUniqueNameAsync(db, flavor.Name, flavor.Id, cancellationToken);
        }

        if (description.TryGetValue(out var newDescription))
        {
            flavor.Description = newDescription;
        }

        if (enabled.TryGetValue(out var newEnabled))
        {
            flavor.Enabled = newEnabled;
        }

        await SaveUniqueAsync(db, flavor.Name, cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, FlavorSchemas.Flavor, flavor);
    }

    private static async Task<IResult> DeleteFlavorAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var flavor = await FindFlavorAsync(db, id, cancellationToken);
        if (await db.Set<LoadBalancerEntity>().AnyAsync(
                lb => lb.FlavorId == flavor.Id && lb.ProvisioningStatus != ProvisioningStatuses.Deleted, cancellationToken))
        {
            throw ApiException.Conflict($"Flavor {flavor.Id} is in use and cannot be modified.");
        }

        // As Octavia does: deleted load balancers keep no reference to a flavor that is gone (they point at the nil UUID).
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<LoadBalancerEntity>()
            .Where(lb => lb.FlavorId == flavor.Id && lb.ProvisioningStatus == ProvisioningStatuses.Deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(lb => lb.FlavorId, Guid.Empty), cancellationToken);
        db.Flavors.Remove(flavor);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<FlavorEntity> FindFlavorAsync(LbaasDbContext db, string id, CancellationToken cancellationToken)
    {
        var guid = CatalogAccess.ParseId(id, "Flavor");
        return await db.Flavors.SingleOrDefaultAsync(f => f.Id == guid, cancellationToken)
            ?? throw ApiException.NotFound("Flavor", id);
    }

    private static async Task EnsureUniqueNameAsync(LbaasDbContext db, string name, Guid? self, CancellationToken cancellationToken)
    {
        if (await db.Flavors.AnyAsync(f => f.Name == name && f.Id != self, cancellationToken))
        {
            throw ApiException.Conflict($"A flavor of {name} already exists.");
        }
    }

    // The unique index settles a race the pre-check cannot see.
    private static async Task SaveUniqueAsync(LbaasDbContext db, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw ApiException.Conflict($"A flavor of {name} already exists.");
        }
    }
}
