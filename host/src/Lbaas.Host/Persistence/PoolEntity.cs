namespace Lbaas.Host.Persistence;

/// <summary>Stores a pool; its session persistence is flattened into columns.</summary>
public sealed class PoolEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public LoadBalancerEntity? LoadBalancer { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string Protocol { get; set; } = "";

    public string LbAlgorithm { get; set; } = "";

    public string? SessionPersistenceType { get; set; }

    public string? SessionPersistenceCookieName { get; set; }

    public int? SessionPersistenceTimeout { get; set; }

    public string? SessionPersistenceGranularity { get; set; }

    public bool TlsEnabled { get; set; }

    public string? TlsContainerRef { get; set; }

    public string? CaTlsContainerRef { get; set; }

    public string? CrlContainerRef { get; set; }

    public string? TlsCiphers { get; set; }

    public List<string> TlsVersions { get; set; } = [];

    public List<string> AlpnProtocols { get; set; } = [];

    public List<MemberEntity> Members { get; set; } = [];

    public HealthMonitorEntity? HealthMonitor { get; set; }
}
