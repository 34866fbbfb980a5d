using System.Text.Json;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a load balancer with, on create, its whole object graph.</summary>
public sealed record LoadBalancer
{
    /// <summary>Gets the load balancer's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the load balancer is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the primary VIP.</summary>
    public Vip Vip { get; init; } = new();

    /// <summary>Gets the additional VIPs.</summary>
    public IReadOnlyList<AdditionalVip> AdditionalVips { get; init; } = [];

    /// <summary>Gets the flavor metadata (the flavor profile's data), empty when no flavor was given.</summary>
    public IReadOnlyDictionary<string, JsonElement> Flavor { get; init; } = EmptyMetadata.Instance;

    /// <summary>Gets the availability zone name, if any.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>Gets the availability zone metadata (the AZ profile's data), empty when none.</summary>
    public IReadOnlyDictionary<string, JsonElement> AvailabilityZoneMetadata { get; init; } = EmptyMetadata.Instance;

    /// <summary>Gets the listeners, each with its default pool and L7 policies.</summary>
    public IReadOnlyList<Listener> Listeners { get; init; } = [];

    /// <summary>Gets the pools, each with its members and health monitor.</summary>
    public IReadOnlyList<Pool> Pools { get; init; } = [];
}
