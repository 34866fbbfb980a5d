using Lbaas.Sdk.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Registers the network catalog: the configured topology and <see cref="INetworkClient"/>.</summary>
public static class NetworkCatalogServiceCollectionExtensions
{
    /// <summary>Adds the network catalog, configured from <c>Lbaas:Networks</c> (a loopback default when absent).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddNetworkCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NetworkCatalogOptions>()
            .Configure(o => configuration.GetSection(NetworkCatalogOptions.SectionName).Bind(o.Networks))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NetworkCatalogOptions>, NetworkCatalogOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NetworkTopology>();
        services.AddSingleton<NetworkCatalogClient>();
        services.AddSingleton<INetworkClient>(sp => sp.GetRequiredService<NetworkCatalogClient>());
        return services;
    }
}
