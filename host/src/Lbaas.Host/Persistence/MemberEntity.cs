namespace Lbaas.Host.Persistence;

/// <summary>Stores a pool member.</summary>
public sealed class MemberEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public Guid PoolId { get; set; }

    public PoolEntity? Pool { get; set; }

    public string? Name { get; set; }

    public string Address { get; set; } = "";

    public int ProtocolPort { get; set; }

    public int Weight { get; set; } = 1;

    public bool Backup { get; set; }

    public Guid? SubnetId { get; set; }

    public string? MonitorAddress { get; set; }

    public int? MonitorPort { get; set; }
}
