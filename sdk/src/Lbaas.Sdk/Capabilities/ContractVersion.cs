namespace Lbaas.Sdk.V1;

/// <summary>Identifies a version of the provider contract: a major (breaking) and a minor (additive).</summary>
/// <param name="Major">The major; different majors cannot talk.</param>
/// <param name="Minor">The minor; a newer minor only adds fields, capability flags and optional interfaces.</param>
public readonly record struct ContractVersion(int Major, int Minor)
{
    /// <summary>Gets the version this assembly implements.</summary>
    public static ContractVersion Current { get; } = new(ProviderContract.Major, ProviderContract.Minor);

    /// <summary>Tells whether a peer speaking <paramref name="other"/> can talk to this version.</summary>
    /// <param name="other">The peer's version.</param>
    /// <returns><see langword="true"/> when the majors are equal.</returns>
    public bool IsCompatibleWith(ContractVersion other) => Major == other.Major;

    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}";
}
