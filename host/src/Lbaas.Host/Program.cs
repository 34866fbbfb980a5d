using System.Net;
using Lbaas.Host.Api;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Hosting;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;
using Lbaas.Host.Status;
using Lbaas.Host.Watchdog;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

var builder = WebApplication.CreateBuilder(args);
var hostOptions = builder.Configuration.GetSection(LbaasOptions.Section).Get<LbaasOptions>() ?? new LbaasOptions();
builder.Services.AddOptions<LbaasOptions>().Bind(builder.Configuration.GetSection(LbaasOptions.Section)).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<LbaasOptions>, LbaasOptionsValidator>();
builder.WebHost.ConfigureKestrel(kestrel =>
{
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
builder.Services.AddHostedService<WarmUpService>();
builder.Services.AddGrpc();
builder.Services.AddHealthChecks();
builder.Services.AddOpenTelemetry().WithMetrics(m => m
    .AddAspNetCoreInstrumentation()
    .AddMeter("Lbaas.Host")
    .AddPrometheusExporter());

var app = builder.Build();
app.UseOctaviaApi();
app.MapHealthChecks("/healthcheck");
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapOctaviaApi();
app.MapCatalogApi();
await app.RunAsync();
