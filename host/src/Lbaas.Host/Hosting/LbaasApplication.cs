using System.Net;
using Lbaas.Host.Api;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;
using Lbaas.Host.Status;
using Lbaas.Host.Watchdog;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using OpenTelemetry.Metrics;

namespace Lbaas.Host.Hosting;

/// <summary>Composes the host: its services, its listeners and its request pipeline.</summary>
/// <remarks>
/// <c>Program</c> composes the host with it, and so does the startup warm-up for the private copy it drives
/// (<see cref="RequestPathWarmUp"/>): both run the same code, which is what makes the warm-up worth it.
/// </remarks>
public static class LbaasApplication
{
    /// <summary>Creates the builder with the usual sources (<c>appsettings.json</c>, environment, command line).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="contentRoot">The content root; <see langword="null"/> for the current folder.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Settings are read once at startup, so the settings files are not watched for changes: a watcher covers the
    /// content root and everything below it, such as a data folder whose database changes with every write.
    /// </remarks>
    public static WebApplicationBuilder CreateBuilder(string[] args, string? contentRoot = null) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = contentRoot,
        });

    /// <summary>Adds every service of the host.</summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="listen">
    /// Sets the listeners; <see langword="null"/> listens on <c>Lbaas:BindAddress</c>, REST on <c>Lbaas:RestPort</c>
    /// (HTTP/1.1) and gRPC on <c>Lbaas:GrpcPort</c> (h2c).
    /// </param>
    public static void AddServices(WebApplicationBuilder builder, Action<KestrelServerOptions>? listen = null)
    {
        var hostOptions = builder.Configuration.GetSection(LbaasOptions.Section).Get<LbaasOptions>() ?? new LbaasOptions();
        builder.Services.AddValidatedOptions<LbaasOptions, LbaasOptionsValidator>(builder.Configuration.GetSection(LbaasOptions.Section));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (listen is not null)
            {
                listen(kestrel);
                return;
            }

            var address = IPAddress.TryParse(hostOptions.BindAddress, out var ip) ? ip : IPAddress.Loopback;
            kestrel.Listen(address, hostOptions.RestPort, l => l.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, hostOptions.GrpcPort, l => l.Protocols = HttpProtocols.Http2);
        });

        builder.Services.AddLbaasPersistence(builder.Configuration);
        builder.Services.AddOctaviaApi(builder.Configuration);
        builder.Services.AddStatusApplier();
        builder.Services.AddPendingStateWatchdog(builder.Configuration);
        builder.Services.AddNetworkCatalog(builder.Configuration);
        builder.Services.AddProviderRegistry(builder.Configuration);
        builder.Services.AddStartupWarmUp(builder.Configuration);
        builder.Services.AddGrpc();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddMeter("Lbaas.Host")
            .AddPrometheusExporter());
    }

    /// <summary>Adds the middleware and maps every endpoint.</summary>
    /// <param name="app">The built application.</param>
    public static void UsePipeline(WebApplication app)
    {
        app.UseOctaviaApi();
        app.MapHealthChecks("/healthcheck");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOctaviaApi();
        app.MapCatalogApi();
    }
}
