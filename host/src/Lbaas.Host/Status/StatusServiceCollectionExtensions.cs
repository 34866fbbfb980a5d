using Lbaas.Sdk.V1;

namespace Lbaas.Host.Status;

/// <summary>Registers the status applier and the host's <see cref="IDriverLib"/>.</summary>
public static class StatusServiceCollectionExtensions
{
    public static IServiceCollection AddStatusApplier(this IServiceCollection services)
    {
        services.AddSingleton<StatusTreeApplier>();
        services.AddSingleton<HostDriverLib>();
        services.AddSingleton<IDriverLib>(sp => sp.GetRequiredService<HostDriverLib>());
        return services;
    }
}
