using Lbaas.Host.Api;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Providers;

/// <summary>Looks up drivers with Octavia's faults for providers that are not enabled or not loadable.</summary>
public static class ProviderRegistryExtensions
{
    /// <summary>Gets an enabled, loadable provider's driver.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="name">The provider name.</param>
    /// <returns>The driver.</returns>
    /// <exception cref="ApiException">400 <c>Provider '&lt;p&gt;' is not enabled.</c>; 501 <c>Provider '&lt;p&gt;' was not found.</c>.</exception>
    public static IProviderDriver GetDriverOrThrow(this IProviderRegistry registry, string name)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (registry.TryGetDriver(name, out var driver))
        {
            return driver;
        }

        throw registry.Providers.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal))
            ? new ApiException(StatusCodes.Status501NotImplemented, $"Provider '{name}' was not found.")
            : ApiException.BadRequest($"Provider '{name}' is not enabled.");
    }
}
