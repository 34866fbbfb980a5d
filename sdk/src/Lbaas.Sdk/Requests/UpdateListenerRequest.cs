using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to a listener; fields left unset keep their value.</summary>
/// <remarks>The host resolves a reset (<c>null</c> in the REST request) to the default value before sending it.</remarks>
public sealed record UpdateListenerRequest
{
    /// <summary>Gets the listener as it is now.</summary>
    public required Listener Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new description; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new connection limit.</summary>
    public Optional<int> ConnectionLimit { get; init; }

    /// <summary>Gets the new default pool; a set <see langword="null"/> removes it.</summary>
    public Optional<Guid?> DefaultPoolId { get; init; }

    /// <summary>Gets the new default certificate reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> DefaultTlsContainerRef { get; init; }

    /// <summary>Gets the new default certificate, resolved.</summary>
    public Optional<TlsCertificate?> DefaultTlsContainerData { get; init; }

    /// <summary>Gets the new SNI certificate references.</summary>
    public Optional<IReadOnlyList<string>> SniContainerRefs { get; init; }

    /// <summary>Gets the new SNI certificates, resolved.</summary>
    public Optional<IReadOnlyList<TlsCertificate>> SniContainerData { get; init; }

    /// <summary>Gets the new inserted headers.</summary>
    public Optional<IReadOnlyDictionary<string, string>> InsertHeaders { get; init; }

    /// <summary>Gets the new client inactivity timeout in milliseconds.</summary>
    public Optional<int> TimeoutClientData { get; init; }

    /// <summary>Gets the new member connect timeout in milliseconds.</summary>
    public Optional<int> TimeoutMemberConnect { get; init; }

    /// <summary>Gets the new member inactivity timeout in milliseconds.</summary>
    public Optional<int> TimeoutMemberData { get; init; }

    /// <summary>Gets the new TCP inspection timeout in milliseconds.</summary>
    public Optional<int> TimeoutTcpInspect { get; init; }

    /// <summary>Gets the new client CA reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> ClientCaTlsContainerRef { get; init; }

    /// <summary>Gets the new client CA bundle (PEM).</summary>
    public Optional<string?> ClientCaTlsContainerData { get; init; }

    /// <summary>Gets the new client authentication mode.</summary>
    public Optional<ClientAuthentication> ClientAuthentication { get; init; }

    /// <summary>Gets the new client CRL reference; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> ClientCrlContainerRef { get; init; }

    /// <summary>Gets the new client CRL (PEM).</summary>
    public Optional<string?> ClientCrlContainerData { get; init; }

    /// <summary>Gets the new allowed client networks; empty allows all.</summary>
    public Optional<IReadOnlyList<IPNetwork>> AllowedCidrs { get; init; }

    /// <summary>Gets the new TLS versions.</summary>
    public Optional<IReadOnlyList<string>> TlsVersions { get; init; }

    /// <summary>Gets the new cipher string; a set <see langword="null"/> returns to the default.</summary>
    public Optional<string?> TlsCiphers { get; init; }

    /// <summary>Gets the new ALPN protocols.</summary>
    public Optional<IReadOnlyList<string>> AlpnProtocols { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The listener as it will be.</returns>
    public Listener Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        Description = Description.GetValueOrDefault(Current.Description),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        ConnectionLimit = ConnectionLimit.GetValueOrDefault(Current.ConnectionLimit),
        DefaultPoolId = DefaultPoolId.GetValueOrDefault(Current.DefaultPoolId),
        DefaultPool = DefaultPoolId.HasValue && DefaultPoolId.Value != Current.DefaultPoolId ? null : Current.DefaultPool,
        DefaultTlsContainerRef = DefaultTlsContainerRef.GetValueOrDefault(Current.DefaultTlsContainerRef),
        DefaultTlsContainerData = DefaultTlsContainerData.GetValueOrDefault(Current.DefaultTlsContainerData),
        SniContainerRefs = SniContainerRefs.GetValueOrDefault(Current.SniContainerRefs),
        SniContainerData = SniContainerData.GetValueOrDefault(Current.SniContainerData),
        InsertHeaders = InsertHeaders.GetValueOrDefault(Current.InsertHeaders),
        TimeoutClientData = TimeoutClientData.GetValueOrDefault(Current.TimeoutClientData),
        TimeoutMemberConnect = TimeoutMemberConnect.GetValueOrDefault(Current.TimeoutMemberConnect),
        TimeoutMemberData = TimeoutMemberData.GetValueOrDefault(Current.TimeoutMemberData),
        TimeoutTcpInspect = TimeoutTcpInspect.GetValueOrDefault(Current.TimeoutTcpInspect),
        ClientCaTlsContainerRef = ClientCaTlsContainerRef.GetValueOrDefault(Current.ClientCaTlsContainerRef),
        ClientCaTlsContainerData = ClientCaTlsContainerData.GetValueOrDefault(Current.ClientCaTlsContainerData),
        ClientAuthentication = ClientAuthentication.GetValueOrDefault(Current.ClientAuthentication),
        ClientCrlContainerRef = ClientCrlContainerRef.GetValueOrDefault(Current.ClientCrlContainerRef),
        ClientCrlContainerData = ClientCrlContainerData.GetValueOrDefault(Current.ClientCrlContainerData),
        AllowedCidrs = AllowedCidrs.GetValueOrDefault(Current.AllowedCidrs),
        TlsVersions = TlsVersions.GetValueOrDefault(Current.TlsVersions),
        TlsCiphers = TlsCiphers.GetValueOrDefault(Current.TlsCiphers),
        AlpnProtocols = AlpnProtocols.GetValueOrDefault(Current.AlpnProtocols),
    };
}
