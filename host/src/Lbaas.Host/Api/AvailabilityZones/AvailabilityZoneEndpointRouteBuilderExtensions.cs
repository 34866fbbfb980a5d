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

    private static readonly ProfileKind<AvailabilityZoneProfileEntity> Profiles = new(
        "/availabilityzoneprofiles", "availability_zone_profile_", "availability_zone_data", ProfileResource, ProfileResource,
        AvailabilityZoneSchemas.AvailabilityZoneProfile,
        (db, id, ct) => db.AvailabilityZones.AnyAsync(z => z.AvailabilityZoneProfileId == id, ct),
        (validator, provider, data, ct) => validator.ValidateAvailabilityZoneDataAsync(provider, data, ct));

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

        ProfileEndpoints.Map(api, Profiles);
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

    private static async Task<AvailabilityZoneEntity> FindZoneAsync(LbaasDbContext db, string name, CancellationToken cancellationToken)
    {
        if (name == CatalogAccess.NilUuid)
        {
            throw ApiException.NotFound(ZoneResource, name);
        }

        return await db.AvailabilityZones.SingleOrDefaultAsync(z => z.Name == name, cancellationToken)
            ?? throw ApiException.NotFound(ZoneResource, name);
    }
}
