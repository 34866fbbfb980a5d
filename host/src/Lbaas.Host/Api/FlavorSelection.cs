using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api;

/// <summary>Is the outcome of provider selection for a new load balancer.</summary>
public sealed record FlavorSelection
{
    /// <summary>Gets the provider name stored in the load balancer and used for every later call.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets the flavor metadata (empty when no flavor).</summary>
    public IReadOnlyDictionary<string, JsonElement> FlavorMetadata { get; init; } = EmptyMetadata.Instance;

    /// <summary>Gets the availability zone metadata (empty when no zone).</summary>
    public IReadOnlyDictionary<string, JsonElement> AvailabilityZoneMetadata { get; init; } = EmptyMetadata.Instance;

    /// <summary>Gets the topology from the flavor's <c>loadbalancer_topology</c>, if any.</summary>
    public Topology? Topology { get; init; }

    /// <summary>Gets the networks the zone allows for VIPs; empty means the configured default.</summary>
    public IReadOnlyList<Guid> ValidVipNetworks { get; init; } = [];
}
