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
    private static readonly string[] ProfileKeys = ["name", "provider_name", "flavor_data"];

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

        api.MapGet("/flavorprofiles", ListProfilesAsync);
        api.MapGet("/flavorprofiles/{id}", GetProfileAsync);
        api.MapPost("/flavorprofiles", CreateProfileAsync);
        api.MapPut("/flavorprofiles/{id}", UpdateProfileAsync);
        api.MapDelete("/flavorprofiles/{id}", DeleteProfileAsync);
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

        db.Flavors.Remove(flavor);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ListProfilesAsync(
        HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var profiles = await db.FlavorProfiles.AsNoTracking().ToListAsync(cancellationToken);
        return ListResponder.Render(context, query, FlavorSchemas.FlavorProfile, profiles, p => p.Id, _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<IResult> GetProfileAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, FlavorSchemas.FlavorProfile, profile,
            ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> CreateProfileAsync(
        HttpContext context, LbaasDbContext db, ProfileDataValidator validator, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "flavorprofile", "flavor_profile_", ProfileKeys, errors, cancellationToken);
        var name = body.String("name", 255, required: true);
        var provider = body.String("provider_name", 255, required: true);
        var data = body.String("flavor_data", 4096, required: true);
        FieldReader.ThrowIfAny(errors);
        var profile = new FlavorProfileEntity
        {
            Id = Guid.NewGuid(),
            Name = name!,
            ProviderName = provider!,
            FlavorData = data!,
        };
        await validator.ValidateFlavorDataAsync(profile.ProviderName, profile.FlavorData, cancellationToken);
        db.FlavorProfiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        return JsonResult.Single(StatusCodes.Status201Created, FlavorSchemas.FlavorProfile, profile);
    }

    private static async Task<IResult> UpdateProfileAsync(
        string id, HttpContext context, LbaasDbContext db, ProfileDataValidator validator, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "flavorprofile", "flavor_profile_", ProfileKeys, errors, cancellationToken);
        var name = CatalogAccess.RequiredWhenPresent(body, "name", 255, errors);
        var newProvider = CatalogAccess.RequiredWhenPresent(body, "provider_name", 255, errors);
        var newData = CatalogAccess.RequiredWhenPresent(body, "flavor_data", 4096, errors);
        FieldReader.ThrowIfAny(errors);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        var provider = newProvider ?? profile.ProviderName;
        var data = newData ?? profile.FlavorData;
        if (newProvider is not null || newData is not null)
        {
            if (await db.Flavors.AnyAsync(f => f.FlavorProfileId == profile.Id, cancellationToken))
            {
                throw ApiException.Conflict($"Flavor profile {profile.Id} is in use and cannot be modified.");
            }

            await validator.ValidateFlavorDataAsync(provider, data, cancellationToken);
        }

        profile.Name = name ?? profile.Name;
        profile.ProviderName = provider;
        profile.FlavorData = data;
        await db.SaveChangesAsync(cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, FlavorSchemas.FlavorProfile, profile);
    }

    private static async Task<IResult> DeleteProfileAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        if (await db.Flavors.AnyAsync(f => f.FlavorProfileId == profile.Id, cancellationToken))
        {
            throw ApiException.Conflict($"Flavor profile {profile.Id} is in use and cannot be modified.");
        }

        db.FlavorProfiles.Remove(profile);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<FlavorEntity> FindFlavorAsync(LbaasDbContext db, string id, CancellationToken cancellationToken)
    {
        var guid = CatalogAccess.ParseId(id, "Flavor");
        return await db.Flavors.SingleOrDefaultAsync(f => f.Id == guid, cancellationToken)
            ?? throw ApiException.NotFound("Flavor", id);
    }

    private static async Task<FlavorProfileEntity> FindProfileAsync(LbaasDbContext db, string id, CancellationToken cancellationToken)
    {
        var guid = CatalogAccess.ParseId(id, "Flavor Profile");
        return await db.FlavorProfiles.SingleOrDefaultAsync(p => p.Id == guid, cancellationToken)
            ?? throw ApiException.NotFound("Flavor Profile", id);
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
