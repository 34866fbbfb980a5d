using Microsoft.Extensions.Options;

namespace Lbaas.Host.Watchdog;

/// <summary>Registers the pending-state watchdog.</summary>
public static class WatchdogServiceCollectionExtensions
{
    public static IServiceCollection AddPendingStateWatchdog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WatchdogOptions>().Bind(configuration.GetSection(WatchdogOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WatchdogOptions>, WatchdogOptionsValidator>();
        services.AddSingleton<PendingStateWatchdog>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingStateWatchdog>());
        return services;
    }
}
