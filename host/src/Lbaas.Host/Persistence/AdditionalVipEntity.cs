namespace Lbaas.Host.Persistence;

/// <summary>Stores one additional VIP of a load balancer.</summary>
public sealed class AdditionalVipEntity
{
    public Guid LoadBalancerId { get; set; }

    public Guid SubnetId { get; set; }

    public Guid? NetworkId { get; set; }

    public Guid? PortId { get; set; }

    public string? IpAddress { get; set; }
}
