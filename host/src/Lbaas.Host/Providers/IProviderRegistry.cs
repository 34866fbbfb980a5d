using Lbaas.Sdk.V1;

namespace Lbaas.Host.Providers;

/// <summary>Knows every enabled provider (plugins and remote gRPC providers) and hands out their drivers.</summary>
public interface IProviderRegistry
{
    /// <summary>Gets the provider used when a load balancer names neither a flavor nor a provider.</summary>
    string DefaultProvider { get; }

    /// <summary>Gets the enabled providers, in configuration order.</summary>
    IReadOnlyList<ProviderDescriptor> Providers { get; }

    /// <summary>Finds an enabled provider's driver.</summary>
    /// <param name="name">The provider name (case-sensitive, as Octavia).</param>
    /// <param name="driver">The driver when found.</param>
    /// <returns><see langword="true"/> when the provider is enabled and loaded.</returns>
    bool TryGetDriver(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IProviderDriver? driver);
}
