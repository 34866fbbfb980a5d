namespace Lbaas.Host.Persistence;

/// <summary>Stores a listener.</summary>
public sealed class ListenerEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public LoadBalancerEntity? LoadBalancer { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string Protocol { get; set; } = "";

    public int ProtocolPort { get; set; }

    public int ConnectionLimit { get; set; } = -1;

    public Guid? DefaultPoolId { get; set; }

    public PoolEntity? DefaultPool { get; set; }

    public string? DefaultTlsContainerRef { get; set; }

    public List<string> SniContainerRefs { get; set; } = [];

    public Dictionary<string, string> InsertHeaders { get; set; } = [];

    public int TimeoutClientData { get; set; }

    public int TimeoutMemberConnect { get; set; }

    public int TimeoutMemberData { get; set; }

    public int TimeoutTcpInspect { get; set; }

    public string? ClientCaTlsContainerRef { get; set; }

    public string ClientAuthentication { get; set; } = "NONE";

    public string? ClientCrlContainerRef { get; set; }

    public List<string> AllowedCidrs { get; set; } = [];

    public string? TlsCiphers { get; set; }

    public List<string> TlsVersions { get; set; } = [];

    public List<string> AlpnProtocols { get; set; } = [];

    public List<L7PolicyEntity> L7Policies { get; set; } = [];
}
