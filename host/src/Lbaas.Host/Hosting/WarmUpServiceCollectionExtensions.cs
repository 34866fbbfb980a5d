using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Hosting;

/// <summary>Registers the startup warm-up (<see cref="WarmUpService"/>).</summary>
public static class WarmUpServiceCollectionExtensions
{
    /// <summary>Adds the warm-up; register it after the database and the providers, whose startup it needs.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding <c>Lbaas:WarmUp</c>.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddStartupWarmUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WarmUpOptions, WarmUpOptionsValidator>(configuration.GetSection(WarmUpOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RequestPathWarmUp>();
        services.AddHostedService<WarmUpService>();
        return services;
    }
}

/// <summary>Validates <see cref="WarmUpOptions"/> at startup.</summary>
[OptionsValidator]
public sealed partial class WarmUpOptionsValidator : IValidateOptions<WarmUpOptions>;
