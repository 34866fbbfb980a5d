namespace Lbaas.Sdk.V1;

/// <summary>Carries a certificate with its key, resolved by the host from a container reference.</summary>
/// <remarks>Secret: never logged. <see cref="ToString"/> omits the key and passphrase.</remarks>
public sealed record TlsCertificate
{
    /// <summary>Gets the container reference the certificate was read from.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the certificate's primary common name.</summary>
    public string? PrimaryCn { get; init; }

    /// <summary>Gets the PEM-encoded certificate.</summary>
    public required string Certificate { get; init; }

    /// <summary>Gets the PEM-encoded private key.</summary>
    public string? PrivateKey { get; init; }

    /// <summary>Gets the passphrase of the private key.</summary>
    public string? Passphrase { get; init; }

    /// <summary>Gets the PEM-encoded intermediate certificates, leaf first.</summary>
    public IReadOnlyList<string> Intermediates { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"TlsCertificate {{ Id = {Id}, PrimaryCn = {PrimaryCn} }}";
}
