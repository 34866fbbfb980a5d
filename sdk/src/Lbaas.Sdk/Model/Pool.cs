namespace Lbaas.Sdk.V1;

/// <summary>Describes a pool of members with its algorithm, persistence and health monitor.</summary>
public sealed record Pool
{
    /// <summary>Gets the pool's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the load balancer the pool belongs to.</summary>
    public required Guid LoadBalancerId { get; init; }

    /// <summary>Gets the first listener that uses the pool as its default pool, if any.</summary>
    public Guid? ListenerId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the pool is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the protocol towards members.</summary>
    public required Protocol Protocol { get; init; }

    /// <summary>Gets the balancing algorithm.</summary>
    public required LoadBalancingAlgorithm LbAlgorithm { get; init; }

    /// <summary>Gets the session persistence, or <see langword="null"/> for none.</summary>
    public SessionPersistence? SessionPersistence { get; init; }

    /// <summary>Gets the health monitor, or <see langword="null"/> for none.</summary>
    public HealthMonitor? HealthMonitor { get; init; }

    /// <summary>Gets the members.</summary>
    public IReadOnlyList<Member> Members { get; init; } = [];

    /// <summary>Gets a value indicating whether connections to members use TLS.</summary>
    public bool TlsEnabled { get; init; }

    /// <summary>Gets the client certificate reference presented to members.</summary>
    public string? TlsContainerRef { get; init; }

    /// <summary>Gets the client certificate presented to members, resolved.</summary>
    public TlsCertificate? TlsContainerData { get; init; }

    /// <summary>Gets the CA reference used to verify members.</summary>
    public string? CaTlsContainerRef { get; init; }

    /// <summary>Gets the CA bundle used to verify members (PEM).</summary>
    public string? CaTlsContainerData { get; init; }

    /// <summary>Gets the CRL reference used to verify members.</summary>
    public string? CrlContainerRef { get; init; }

    /// <summary>Gets the CRL used to verify members (PEM).</summary>
    public string? CrlContainerData { get; init; }

    /// <summary>Gets the TLS versions used towards members.</summary>
    public IReadOnlyList<string> TlsVersions { get; init; } = [];

    /// <summary>Gets the OpenSSL cipher string used towards members.</summary>
    public string? TlsCiphers { get; init; }

    /// <summary>Gets the ALPN protocols used towards members.</summary>
    public IReadOnlyList<string> AlpnProtocols { get; init; } = [];
}
