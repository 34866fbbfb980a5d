using Lbaas.Host.Hosting;

namespace Lbaas.Host.Watchdog;

/// <summary>Registers the pending-state watchdog.</summary>
public static class WatchdogServiceCollectionExtensions
{
    public static IServiceCollection AddPendingStateWatchdog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WatchdogOptions, WatchdogOptionsValidator>(configuration.GetSection(WatchdogOptions.Section));
        services.AddSingleton<PendingStateWatchdog>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingStateWatchdog>());
        return services;
    }
}
