namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores a port of the network catalog.</summary>
public sealed class PortEntity
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public Guid NetworkId { get; set; }

    public string? ProjectId { get; set; }

    public string MacAddress { get; set; } = "";

    public string? DeviceOwner { get; set; }

    public string? DeviceId { get; set; }

    public bool AdminStateUp { get; set; } = true;

    /// <summary>Gets or sets the security group IDs, comma-separated.</summary>
    public string SecurityGroupIds { get; set; } = "";

    public Guid? QosPolicyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<IpAllocationEntity> FixedIps { get; set; } = [];
}
