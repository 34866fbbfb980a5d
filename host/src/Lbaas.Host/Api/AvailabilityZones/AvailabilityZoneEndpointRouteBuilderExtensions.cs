using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.AvailabilityZones;

/// <summary>Maps <c>/availabilityzones</c> (keyed by name) and <c>/availabilityzoneprofiles</c>.</summary>
public static class AvailabilityZoneEndpointRouteBuilderExtensions
{
    private const string ZoneResource = "Availability Zone";
    private const string ProfileResource = "Availability Zone Profile";
    private static readonly string[] ZonePostKeys = ["name", "description", "enabled", "availability_zone_profile_id"];
    private static readonly string[] ZonePutKeys = ["description", "enabled"];
    private static readonly string[] ProfileKeys = ["name", "provider_name", "availability_zone_data"];

    /// <summary>Maps the availability zone and profile endpoints relative to <paramref name="api"/>.</summary>
    /// <param name="api">The API group.</param>
    /// <returns>The same group.</returns>
    public static IEndpointRouteBuilder MapAvailabilityZoneApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/availabilityzones", ListZonesAsync);
        api.MapGet("/availabilityzones/{name}", GetZoneAsync);
        api.MapPost("/availabilityzones", CreateZoneAsync);
        api.MapPut("/availabilityzones/{name}", UpdateZoneAsync);
        api.MapDelete("/availabilityzones/{name}", DeleteZoneAsync);

        api.MapGet("/availabilityzoneprofiles", ListProfilesAsync);
        api.MapGet("/availabilityzoneprofiles/{id}", GetProfileAsync);
        api.MapPost("/availabilityzoneprofiles", CreateProfileAsync);
        api.MapPut("/availabilityzoneprofiles/{id}", UpdateProfileAsync);
        api.MapDelete("/availabilityzoneprofiles/{id}", DeleteProfileAsync);
        return api;
    }

    private static async Task<IResult> ListZonesAsync(
        HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var zones = await db.AvailabilityZones.AsNoTracking().ToListAsync(cancellationToken);
        zones.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return ListResponder.Render(context, query, AvailabilityZoneSchemas.AvailabilityZone, zones,
            AvailabilityZoneSchemas.MarkerOf, _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<IResult> GetZoneAsync(
        string name, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        var zone = await FindZoneAsync(db, name, cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, AvailabilityZoneSchemas.AvailabilityZone, zone,
            ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> CreateZoneAsync(HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "availability_zone", "availability_zone_", ZonePostKeys, errors, cancellationToken);
        var name = body.String("name", 255, required: true);
        var description = body.String("description", 255);
        var enabled = body.Bool("enabled") ?? true;
        var profileId = body.Uuid("availability_zone_profile_id", required: true);
        FieldReader.ThrowIfAny(errors);
        var zone = new AvailabilityZoneEntity
        {
            Name = name!,
            Description = description,
            Enabled = enabled,
            AvailabilityZoneProfileId = profileId!.Value,
        };
        if (!await db.AvailabilityZoneProfiles.AnyAsync(p => p.Id == zone.AvailabilityZoneProfileId, cancellationToken))
        {
            throw ApiException.NotFound(ProfileResource, zone.AvailabilityZoneProfileId);
        }

        var duplicate = ApiException.Conflict($"A availability zone of {zone.Name} already exists.");
        if (await db.AvailabilityZones.AnyAsync(z => z.Name == zone.Name, cancellationToken))
        {
            throw duplicate;
        }

        db.AvailabilityZones.Add(zone);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw duplicate;
        }

        return JsonResult.Single(StatusCodes.Status201Created, AvailabilityZoneSchemas.AvailabilityZone, zone);
    }

    private static async Task<IResult> UpdateZoneAsync(
        string name, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "availability_zone", "availability_zone_", ZonePutKeys, errors, cancellationToken);
        var description = body.OptString("description", 255);
        var enabled = body.OptBool("enabled");
        FieldReader.ThrowIfAny(errors);
        var zone = await FindZoneAsync(db, name, cancellationToken);
        if (description.TryGetValue(out var newDescription))
        {
            zone.Description = newDescription;
        }

        if (enabled.TryGetValue(out var newEnabled))
        {
            zone.Enabled = newEnabled;
        }

        await db.SaveChangesAsync(cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, AvailabilityZoneSchemas.AvailabilityZone, zone);
    }

    private static async Task<IResult> DeleteZoneAsync(
        string name, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var zone = await FindZoneAsync(db, name, cancellationToken);
        if (await db.Set<LoadBalancerEntity>().AnyAsync(
                lb => lb.AvailabilityZone == zone.Name && lb.ProvisioningStatus != ProvisioningStatuses.Deleted, cancellationToken))
        {
            throw ApiException.Conflict($"{ZoneResource} {zone.Name} is in use and cannot be modified.");
        }

        db.AvailabilityZones.Remove(zone);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ListProfilesAsync(
        HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var profiles = await db.AvailabilityZoneProfiles.AsNoTracking().ToListAsync(cancellationToken);
        return ListResponder.Render(context, query, AvailabilityZoneSchemas.AvailabilityZoneProfile, profiles, p => p.Id,
            _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<IResult> GetProfileAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, AvailabilityZoneSchemas.AvailabilityZoneProfile, profile,
            ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> CreateProfileAsync(
        HttpContext context, LbaasDbContext db, ProfileDataValidator validator, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "availability_zone_profile", "availability_zone_profile_", ProfileKeys, errors,
            cancellationToken);
        var name = body.String("name", 255, required: true);
        var provider = body.String("provider_name", 255, required: true);
        var data = body.String("availability_zone_data", 4096, required: true);
        FieldReader.ThrowIfAny(errors);
        var profile = new AvailabilityZoneProfileEntity
        {
            Id = Guid.NewGuid(),
            Name = name!,
            ProviderName = provider!,
            AvailabilityZoneData = data!,
        };
        await validator.ValidateAvailabilityZoneDataAsync(profile.ProviderName, profile.AvailabilityZoneData, cancellationToken);
        db.AvailabilityZoneProfiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        return JsonResult.Single(StatusCodes.Status201Created, AvailabilityZoneSchemas.AvailabilityZoneProfile, profile);
    }

    private static async Task<IResult> UpdateProfileAsync(
        string id, HttpContext context, LbaasDbContext db, ProfileDataValidator validator, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "availability_zone_profile", "availability_zone_profile_", ProfileKeys, errors,
            cancellationToken);
        var name = CatalogAccess.RequiredWhenPresent(body, "name", 255, errors);
        var newProvider = CatalogAccess.RequiredWhenPresent(body, "provider_name", 255, errors);
        var newData = CatalogAccess.RequiredWhenPresent(body, "availability_zone_data", 4096, errors);
        FieldReader.ThrowIfAny(errors);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        var provider = newProvider ?? profile.ProviderName;
        var data = newData ?? profile.AvailabilityZoneData;
        if (newProvider is not null || newData is not null)
        {
            if (await db.AvailabilityZones.AnyAsync(z => z.AvailabilityZoneProfileId == profile.Id, cancellationToken))
            {
                throw ApiException.Conflict($"{ProfileResource} {profile.Id} is in use and cannot be modified.");
            }

            await validator.ValidateAvailabilityZoneDataAsync(provider, data, cancellationToken);
        }

        profile.Name = name ?? profile.Name;
        profile.ProviderName = provider;
        profile.AvailabilityZoneData = data;
        await db.SaveChangesAsync(cancellationToken);
        return JsonResult.Single(StatusCodes.Status200OK, AvailabilityZoneSchemas.AvailabilityZoneProfile, profile);
    }

    private static async Task<IResult> DeleteProfileAsync(
        string id, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var profile = await FindProfileAsync(db, id, cancellationToken);
        if (await db.AvailabilityZones.AnyAsync(z => z.AvailabilityZoneProfileId == profile.Id, cancellationToken))
        {
            throw ApiException.Conflict($"{ProfileResource} {profile.Id} is in use and cannot be modified.");
        }

        db.AvailabilityZoneProfiles.Remove(profile);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<AvailabilityZoneEntity> FindZoneAsync(LbaasDbContext db, string name, CancellationToken cancellationToken)
    {
        if (name == CatalogAccess.NilUuid)
        {
            throw ApiException.NotFound(ZoneResource, name);
        }

        return await db.AvailabilityZones.SingleOrDefaultAsync(z => z.Name == name, cancellationToken)
            ?? throw ApiException.NotFound(ZoneResource, name);
    }

    private static async Task<AvailabilityZoneProfileEntity> FindProfileAsync(
        LbaasDbContext db, string id, CancellationToken cancellationToken)
    {
        var guid = CatalogAccess.ParseId(id, ProfileResource);
        return await db.AvailabilityZoneProfiles.SingleOrDefaultAsync(p => p.Id == guid, cancellationToken)
            ?? throw ApiException.NotFound(ProfileResource, id);
    }
}
