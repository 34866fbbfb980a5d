namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores one address held by a port; (subnet, address) is unique, which makes allocation safe across hosts.</summary>
public sealed class IpAllocationEntity
{
    public Guid Id { get; set; }

    public Guid PortId { get; set; }

    public Guid SubnetId { get; set; }

    /// <summary>Gets or sets the address in canonical text form.</summary>
    public string IpAddress { get; set; } = "";
}
