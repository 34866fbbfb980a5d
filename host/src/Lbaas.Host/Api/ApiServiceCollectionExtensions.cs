using System.Text.Json;
using Lbaas.Host.Api.LoadBalancers;
using Lbaas.Host.Api.ResponseCache;
using Lbaas.Host.Hosting;
using Lbaas.Host.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api;

/// <summary>Registers and maps the Octavia v2 API for load balancers and their children.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddOctaviaApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ApiOptions, ApiOptionsValidator>(configuration.GetSection(ApiOptions.Section));
        services.ConfigureHttpJsonOptions(j => j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFlavorResolver, DefaultFlavorResolver>();
        services.TryAddSingleton<IQuotaChecker, UnlimitedQuotaChecker>();
        services.AddSingleton<ProviderInvoker>();
        services.AddScoped<LoadBalancerCreator>();
        services.AddScoped<Members.MemberBatchUpdater>();
        // The write count comes with the persistence (AddLbaasPersistence).
        services.AddSingleton(sp => new ReadResponseCache(sp.GetRequiredService<DatabaseWriteVersion>(),
            sp.GetRequiredService<IOptions<ApiOptions>>().Value.ResponseCache && !sp.GetRequiredService<IOptions<LbaasOptions>>().Value.IsPostgres));
        return services;
    }

    /// <summary>Adds the request id, fault and project middleware; call before mapping endpoints.</summary>
    public static IApplicationBuilder UseOctaviaApi(this IApplicationBuilder app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<FaultHandlingMiddleware>();
        app.UseMiddleware<ProjectContextMiddleware>();
        app.UseMiddleware<ReadResponseCacheMiddleware>();
        LoadBalancerSchema.FallbackProvider = app.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>().Value.DefaultProviderName;
        return app;
    }

    public static IEndpointRouteBuilder MapOctaviaApi(this IEndpointRouteBuilder app) =>
        app.MapOctaviaGroups(group =>
        {
            // Every GET below reads only the database: cacheable until the next write.
            group.WithMetadata(CachedRead.Instance);
            LoadBalancerEndpoints.Map(group);
            Listeners.ListenerEndpoints.Map(group);
            Pools.PoolEndpoints.Map(group);
            Members.MemberEndpoints.Map(group);
            HealthMonitors.HealthMonitorEndpoints.Map(group);
            L7Policies.L7PolicyEndpoints.Map(group);
            L7Rules.L7RuleEndpoints.Map(group);
        });
}
