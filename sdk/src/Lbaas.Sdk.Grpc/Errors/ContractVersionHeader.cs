using System.Globalization;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Writes and reads the contract version sent with every call in <see cref="ProviderContract.VersionHeader"/>.</summary>
public static class ContractVersionHeader
{
    /// <summary>Gets the header value this assembly sends, "major.minor" of <see cref="ContractVersion.Current"/>.</summary>
    public static string Value { get; } = Format(ContractVersion.Current);

    /// <summary>Formats a version as the header carries it.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The text "major.minor".</returns>
    public static string Format(ContractVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}");

    /// <summary>Parses a header value.</summary>
    /// <param name="value">The text, "major.minor" or "major".</param>
    /// <param name="version">The version read.</param>
    /// <returns><see langword="true"/> when the value was well formed.</returns>
    public static bool TryParse(string? value, out ContractVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Trim().Split('.');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return false;
        }

        var minor = 0;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor))
        {
            return false;
        }

        version = new ContractVersion(major, minor);
        return true;
    }
}
