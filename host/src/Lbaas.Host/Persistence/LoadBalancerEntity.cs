namespace Lbaas.Host.Persistence;

/// <summary>Stores a load balancer; a <c>DELETED</c> row is kept (soft delete) and hidden from the API.</summary>
public sealed class LoadBalancerEntity : ProvisionedEntity
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string Provider { get; set; } = "";

    public Guid? FlavorId { get; set; }

    public string? AvailabilityZone { get; set; }

    public string? Topology { get; set; }

    /// <summary>Gets or sets the flavor metadata (JSON object) captured at create and passed to the driver.</summary>
    public string FlavorMetadata { get; set; } = "{}";

    /// <summary>Gets or sets the availability zone metadata (JSON object) captured at create.</summary>
    public string AvailabilityZoneMetadata { get; set; } = "{}";

    public string? VipAddress { get; set; }

    public Guid? VipPortId { get; set; }

    public Guid? VipSubnetId { get; set; }

    public Guid? VipNetworkId { get; set; }

    public Guid? VipQosPolicyId { get; set; }

    /// <summary>Gets or sets a value indicating whether the host made the VIP port and releases it at DELETED.</summary>
    public bool VipPortOwnedByHost { get; set; }

    public List<AdditionalVipEntity> AdditionalVips { get; set; } = [];

    public List<ListenerEntity> Listeners { get; set; } = [];

    public List<PoolEntity> Pools { get; set; } = [];
}
