using System.Security.Cryptography;
using System.Text;
using Lbaas.Host.Persistence.Catalog;

namespace Lbaas.Host.Api.AvailabilityZones;

/// <summary>Describes availability zones and their profiles as the API renders, filters and sorts them.</summary>
internal static class AvailabilityZoneSchemas
{
    public static ResourceSchema<AvailabilityZoneEntity> AvailabilityZone { get; } = new("availability_zone",
        "availability_zones", "availability_zones_links",
    [
        new("name", z => z.Name),
        new("description", z => z.Description ?? ""),
        new("enabled", z => z.Enabled),
        new("availability_zone_profile_id", z => z.AvailabilityZoneProfileId),
    ]);

    public static ResourceSchema<AvailabilityZoneProfileEntity> AvailabilityZoneProfile { get; } = new(
        "availability_zone_profile", "availability_zone_profiles", "availability_zone_profile_links",
    [
        new("id", p => p.Id),
        new("name", p => p.Name),
        new("provider_name", p => p.ProviderName),
        new("availability_zone_data", p => p.AvailabilityZoneData),
    ]);

    /// <summary>Gives a zone a stable UUID for paging markers, since zones are keyed by name.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>A UUID derived from the name.</returns>
    public static Guid MarkerOf(AvailabilityZoneEntity zone) => new(MD5.HashData(Encoding.UTF8.GetBytes(zone.Name)));
}
