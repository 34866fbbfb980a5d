using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a listener: a protocol and port on the load balancer's VIPs.</summary>
public sealed record Listener
{
    /// <summary>Gets the listener's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the load balancer the listener belongs to.</summary>
    public required Guid LoadBalancerId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the listener is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the protocol.</summary>
    public required Protocol Protocol { get; init; }

    /// <summary>Gets the port, 1 to 65535.</summary>
    public required int ProtocolPort { get; init; }

    /// <summary>Gets the maximum number of connections, -1 for unlimited.</summary>
    public int ConnectionLimit { get; init; } = -1;

    /// <summary>Gets the default pool's ID.</summary>
    public Guid? DefaultPoolId { get; init; }

    /// <summary>Gets the default pool, when the host sends the graph.</summary>
    public Pool? DefaultPool { get; init; }

    /// <summary>Gets the default TLS certificate reference.</summary>
    public string? DefaultTlsContainerRef { get; init; }

    /// <summary>Gets the default TLS certificate, resolved.</summary>
    public TlsCertificate? DefaultTlsContainerData { get; init; }

    /// <summary>Gets the SNI certificate references.</summary>
    public IReadOnlyList<string> SniContainerRefs { get; init; } = [];

    /// <summary>Gets the SNI certificates, resolved.</summary>
    public IReadOnlyList<TlsCertificate> SniContainerData { get; init; } = [];

    /// <summary>Gets the headers inserted into requests towards members (name to value).</summary>
    public IReadOnlyDictionary<string, string> InsertHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the client inactivity timeout in milliseconds.</summary>
    public int TimeoutClientData { get; init; } = 50000;

    /// <summary>Gets the member connect timeout in milliseconds.</summary>
    public int TimeoutMemberConnect { get; init; } = 5000;

    /// <summary>Gets the member inactivity timeout in milliseconds.</summary>
    public int TimeoutMemberData { get; init; } = 50000;

    /// <summary>Gets the time to wait for TCP content inspection in milliseconds.</summary>
    public int TimeoutTcpInspect { get; init; }

    /// <summary>Gets the client CA certificate reference.</summary>
    public string? ClientCaTlsContainerRef { get; init; }

    /// <summary>Gets the client CA certificate bundle (PEM).</summary>
    public string? ClientCaTlsContainerData { get; init; }

    /// <summary>Gets the client authentication mode.</summary>
    public ClientAuthentication ClientAuthentication { get; init; } = ClientAuthentication.None;

    /// <summary>Gets the client CRL reference.</summary>
    public string? ClientCrlContainerRef { get; init; }

    /// <summary>Gets the client CRL (PEM).</summary>
    public string? ClientCrlContainerData { get; init; }

    /// <summary>Gets the client networks allowed to connect; empty allows all.</summary>
    public IReadOnlyList<IPNetwork> AllowedCidrs { get; init; } = [];

    /// <summary>Gets the TLS versions offered to clients.</summary>
    public IReadOnlyList<string> TlsVersions { get; init; } = [];

    /// <summary>Gets the OpenSSL cipher string offered to clients.</summary>
    public string? TlsCiphers { get; init; }

    /// <summary>Gets the ALPN protocols offered to clients.</summary>
    public IReadOnlyList<string> AlpnProtocols { get; init; } = [];

    /// <summary>Gets the L7 policies, in position order, each with its rules.</summary>
    public IReadOnlyList<L7Policy> L7Policies { get; init; } = [];
}
