using System.Text.Json;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api.Flavors;

/// <summary>Chooses a new load balancer's provider from its flavor (its profile's provider), and checks its availability zone.</summary>
/// <remarks>
/// As Octavia: a flavor must exist (400 <c>Validation failure: Invalid flavor_id.</c>) and be enabled; an explicit
/// provider must equal the flavor's; neither means the default provider. The load balancer create then has the chosen
/// provider's driver validate the flavor and zone metadata again (profiles may predate a driver upgrade); the zone
/// profile's own provider is never compared, as upstream.
/// </remarks>
public sealed class CatalogFlavorResolver(IProviderRegistry registry) : IFlavorResolver
{
    /// <summary>The flavor metadata key that sets the topology.</summary>
    public const string TopologyKey = "loadbalancer_topology";

    /// <summary>The zone metadata key that limits VIP networks.</summary>
    public const string ValidVipNetworksKey = "valid_vip_networks";

    /// <inheritdoc />
    public async Task<FlavorSelection> ResolveAsync(LbaasDbContext db, FlavorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        string? flavorProvider = null;
        var flavorMetadata = EmptyMetadata.Instance;
        if (request.FlavorId is { } flavorId)
        {
            var flavor = await db.Flavors.AsNoTracking().SingleOrDefaultAsync(f => f.Id == flavorId, cancellationToken);
            var profile = flavor is null
                ? null
                : await db.FlavorProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == flavor.FlavorProfileId, cancellationToken);
            if (flavor is null || profile is null)
            {
                throw ApiException.Validation("Invalid flavor_id.");
            }

            if (!flavor.Enabled)
            {
                throw ApiException.BadRequest($"The selected flavor is not allowed in this deployment: {flavorId}");
            }

            flavorProvider = profile.ProviderName;
            flavorMetadata = ProfileDataValidator.ParseObject(profile.FlavorData, "flavor_data");
        }

        var zoneMetadata = EmptyMetadata.Instance;
        if (request.AvailabilityZone is { } zoneName)
        {
            var zone = await db.AvailabilityZones.AsNoTracking().SingleOrDefaultAsync(z => z.Name == zoneName, cancellationToken);
            var zoneProfile = zone is null
                ? null
                : await db.AvailabilityZoneProfiles.AsNoTracking()
                    .SingleOrDefaultAsync(p => p.Id == zone.AvailabilityZoneProfileId, cancellationToken);
            if (zone is null || zoneProfile is null)
            {
                throw ApiException.Validation("Invalid availability zone.");
            }

            if (!zone.Enabled)
            {
                throw ApiException.BadRequest($"The selected availability_zone is not allowed in this deployment: {zoneName}");
            }

            zoneMetadata = ProfileDataValidator.ParseObject(zoneProfile.AvailabilityZoneData, "availability_zone_data");
        }

        if (request.Provider is { } asked && flavorProvider is not null && !string.Equals(asked, flavorProvider, StringComparison.Ordinal))
        {
            throw ApiException.BadRequest($"Flavor '{request.FlavorId}' is not compatible with provider '{asked}'");
        }

        var provider = flavorProvider ?? request.Provider ?? registry.DefaultProvider;
        registry.GetDriverOrThrow(provider);

        return new FlavorSelection
        {
            Provider = provider,
            FlavorMetadata = flavorMetadata,
            AvailabilityZoneMetadata = zoneMetadata,
            Topology = ReadTopology(flavorMetadata),
            ValidVipNetworks = ReadNetworks(zoneMetadata),
        };
    }

    private static Topology? ReadTopology(IReadOnlyDictionary<string, JsonElement> metadata) =>
        metadata.TryGetValue(TopologyKey, out var value) && value.ValueKind == JsonValueKind.String
            && WireName.TryParse<Topology>(value.GetString(), out var topology)
            ? topology
            : null;

    // Octavia's amphora schema takes a list; a comma-separated string is accepted too.
    private static List<Guid> ReadNetworks(IReadOnlyDictionary<string, JsonElement> metadata)
    {
        if (!metadata.TryGetValue(ValidVipNetworksKey, out var value))
        {
            return [];
        }

        IEnumerable<string?> texts = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => [],
        };
        return [.. texts.Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
    }
}
