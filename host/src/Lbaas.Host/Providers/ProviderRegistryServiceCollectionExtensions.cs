using Lbaas.Host.Api;
using Lbaas.Host.Api.Amphorae;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Api.Flavors;
using Lbaas.Host.Api.Quotas;
using Lbaas.Host.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lbaas.Host.Providers;

/// <summary>Registers the provider registry and the catalog's flavor and quota services.</summary>
public static class ProviderRegistryServiceCollectionExtensions
{
    /// <summary>Adds the provider registry (section <c>Lbaas:Providers</c>), its hosted service, provider selection by
    /// flavor (<see cref="IFlavorResolver"/>) and quotas (<see cref="IQuotaChecker"/>, section <c>Lbaas:Quotas</c>).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The same services.</returns>
    /// <remarks>Call after the host's own registrations: the catalog's resolver and quota checker replace the defaults.</remarks>
    public static IServiceCollection AddProviderRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ProviderRegistryOptions, ProviderRegistryOptionsValidator>(
            configuration.GetSection(ProviderRegistryOptions.SectionName));
        services.AddValidatedOptions<QuotaOptions, QuotaOptionsValidator>(configuration.GetSection(QuotaOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ProviderRegistry>();
        services.Replace(ServiceDescriptor.Singleton<IProviderRegistry>(sp => sp.GetRequiredService<ProviderRegistry>()));
        services.AddHostedService<ProviderRegistryHostedService>();

        services.AddSingleton<ProfileDataValidator>();
        services.Replace(ServiceDescriptor.Singleton<IFlavorResolver, CatalogFlavorResolver>());
        services.AddSingleton<AmphoraAdministrators>();
        services.Replace(ServiceDescriptor.Singleton<IQuotaChecker, CatalogQuotaChecker>());
        return services;
    }
}
