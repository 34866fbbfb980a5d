using Lbaas.Drivers.Noop.Statistics;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lbaas.Drivers.Noop;

/// <summary>Registers the noop provider in a service collection.</summary>
public static class NoopServiceCollectionExtensions
{
    /// <summary>Adds the noop driver, its options and its statistics reporter.</summary>
    /// <param name="services">The services; they must already hold <see cref="IDriverLib"/> and <see cref="INetworkClient"/>.</param>
    /// <param name="configuration">The section <see cref="NoopOptions"/> is bound from.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddNoopProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NoopOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NoopOptions>, NoopOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<NoopProviderDriver>();
        services.TryAddSingleton<IProviderDriver>(sp => sp.GetRequiredService<NoopProviderDriver>());
        services.AddHostedService<NoopStatisticsReporter>();
        return services;
    }
}
