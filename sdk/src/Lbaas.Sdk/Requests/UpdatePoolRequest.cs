namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to a pool; fields left unset keep their value.</summary>
public sealed record UpdatePoolRequest
{
    /// <summary>Gets the pool as it is now, with its members and health monitor.</summary>
    public required Pool Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new description; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new algorithm.</summary>
    public Optional<LoadBalancingAlgorithm> LbAlgorithm { get; init; }

    /// <summary>Gets the new session persistence; a set <see langword="null"/> removes it.</summary>
    public Optional<SessionPersistence?> SessionPersistence { get; init; }

    /// <summary>Gets whether connections to members use TLS.</summary>
    public Optional<bool> TlsEnabled { get; init; }

    /// <summary>Gets the new client certificate reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> TlsContainerRef { get; init; }

    /// <summary>Gets the new client certificate, resolved.</summary>
    public Optional<TlsCertificate?> TlsContainerData { get; init; }

    /// <summary>Gets the new CA reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> CaTlsContainerRef { get; init; }

    /// <summary>Gets the new CA bundle (PEM).</summary>
    public Optional<string?> CaTlsContainerData { get; init; }

    /// <summary>Gets the new CRL reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> CrlContainerRef { get; init; }

    /// <summary>Gets the new CRL (PEM).</summary>
    public Optional<string?> CrlContainerData { get; init; }

    /// <summary>Gets the new TLS versions.</summary>
    public Optional<IReadOnlyList<string>> TlsVersions { get; init; }

    /// <summary>Gets the new cipher string; a set <see langword="null"/> returns to the default.</summary>
    public Optional<string?> TlsCiphers { get; init; }

    /// <summary>Gets the new ALPN protocols.</summary>
    public Optional<IReadOnlyList<string>> AlpnProtocols { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The pool as it will be.</returns>
    public Pool Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        Description = Description.GetValueOrDefault(Current.Description),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        LbAlgorithm = LbAlgorithm.GetValueOrDefault(Current.LbAlgorithm),
        SessionPersistence = SessionPersistence.GetValueOrDefault(Current.SessionPersistence),
        TlsEnabled = TlsEnabled.GetValueOrDefault(Current.TlsEnabled),
        TlsContainerRef = TlsContainerRef.GetValueOrDefault(Current.TlsContainerRef),
        TlsContainerData = TlsContainerData.GetValueOrDefault(Current.TlsContainerData),
        CaTlsContainerRef = CaTlsContainerRef.GetValueOrDefault(Current.CaTlsContainerRef),
        CaTlsContainerData = CaTlsContainerData.GetValueOrDefault(Current.CaTlsContainerData),
        CrlContainerRef = CrlContainerRef.GetValueOrDefault(Current.CrlContainerRef),
        CrlContainerData = CrlContainerData.GetValueOrDefault(Current.CrlContainerData),
        TlsVersions = TlsVersions.GetValueOrDefault(Current.TlsVersions),
        TlsCiphers = TlsCiphers.GetValueOrDefault(Current.TlsCiphers),
        AlpnProtocols = AlpnProtocols.GetValueOrDefault(Current.AlpnProtocols),
    };
}
