using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Catalog;

/// <summary>Maps the admin-only CRUD of a provider profile kind: flavor profiles and availability-zone profiles.</summary>
/// <remarks>
/// The data must be the text of a JSON object, for an enabled provider whose driver accepts it; while a flavor or zone
/// references a profile, its provider and data are frozen (409) and it cannot be deleted (409).
/// </remarks>
internal static class ProfileEndpoints
{
    private const int DataMaxLength = 4096;

    public static void Map<TProfile>(IEndpointRouteBuilder api, ProfileKind<TProfile> kind)
        where TProfile : class, IProviderProfile, new()
    {
        string[] keys = ["name", "provider_name", kind.DataKey];
        api.MapGet(kind.Path, async (HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
            var profiles = await db.Set<TProfile>().AsNoTracking().ToListAsync(ct);
            return ListResponder.Render(context, query, kind.Schema, profiles, p => p.Id, _ => [], options.Value.ApiBaseUri);
        });

        api.MapGet(kind.Path + "/{id}", async (string id, HttpContext context, LbaasDbContext db, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var profile = await FindAsync(db, kind, id, ct);
            return JsonResult.Single(StatusCodes.Status200OK, kind.Schema, profile, ListQuery.ParseFields(context.Request.Query));
        });

        api.MapPost(kind.Path, async (HttpContext context, LbaasDbContext db, ProfileDataValidator validator, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var errors = new List<string>();
            var body = await CatalogAccess.ReadBodyAsync(context, kind.Schema.Singular, kind.Argument, keys, errors, ct);
            var name = body.String("name", 255, required: true);
            var provider = body.String("provider_name", 255, required: true);
            var data = body.String(kind.DataKey, DataMaxLength, required: true);
            FieldReader.ThrowIfAny(errors);
            var profile = new TProfile { Id = Guid.NewGuid(), Name = name!, ProviderName = provider!, Data = data! };
            await kind.ValidateAsync(validator, profile.ProviderName, profile.Data, ct);
            db.Set<TProfile>().Add(profile);
            await db.SaveChangesAsync(ct);
            return JsonResult.Single(StatusCodes.Status201Created, kind.Schema, profile);
        });

        api.MapPut(kind.Path + "/{id}", async (string id, HttpContext context, LbaasDbContext db, ProfileDataValidator validator,
            CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var errors = new List<string>();
            var body = await CatalogAccess.ReadBodyAsync(context, kind.Schema.Singular, kind.Argument, keys, errors, ct);
            var name = CatalogAccess.RequiredWhenPresent(body, "name", 255, errors);
            var newProvider = CatalogAccess.RequiredWhenPresent(body, "provider_name", 255, errors);
            var newData = CatalogAccess.RequiredWhenPresent(body, kind.DataKey, DataMaxLength, errors);
            FieldReader.ThrowIfAny(errors);
            var profile = await FindAsync(db, kind, id, ct);
            if (newProvider is not null || newData is not null)
            {
                await ThrowIfInUseAsync(db, kind, profile, ct);

                // Checked as a whole: a new provider must accept the stored data, and new data its provider.
                await kind.ValidateAsync(validator, newProvider ?? profile.ProviderName, newData ?? profile.Data, ct);
            }

            profile.Name = name ?? profile.Name;
            profile.ProviderName = newProvider ?? profile.ProviderName;
            profile.Data = newData ?? profile.Data;
            await db.SaveChangesAsync(ct);
            return JsonResult.Single(StatusCodes.Status200OK, kind.Schema, profile);
        });

        api.MapDelete(kind.Path + "/{id}", async (string id, HttpContext context, LbaasDbContext db, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var profile = await FindAsync(db, kind, id, ct);
            await ThrowIfInUseAsync(db, kind, profile, ct);
            db.Set<TProfile>().Remove(profile);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
    }

    private static async Task<TProfile> FindAsync<TProfile>(
        LbaasDbContext db, ProfileKind<TProfile> kind, string id, CancellationToken cancellationToken)
        where TProfile : class, IProviderProfile, new()
    {
        var guid = CatalogAccess.ParseId(id, kind.NotFoundName);
        return await db.Set<TProfile>().SingleOrDefaultAsync(p => p.Id == guid, cancellationToken)
            ?? throw ApiException.NotFound(kind.NotFoundName, id);
    }

    private static async Task ThrowIfInUseAsync<TProfile>(
        LbaasDbContext db, ProfileKind<TProfile> kind, TProfile profile, CancellationToken cancellationToken)
        where TProfile : class, IProviderProfile, new()
    {
        if (await kind.IsInUseAsync(db, profile.Id, cancellationToken))
        {
            throw ApiException.Conflict($"{kind.InUseName} {profile.Id} is in use and cannot be modified.");
        }
    }
}
