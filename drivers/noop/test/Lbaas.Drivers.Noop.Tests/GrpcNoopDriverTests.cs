using Grpc.Net.Client;
using Lbaas.Drivers.Noop.Tests.Support;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lbaas.Drivers.Noop.Tests;

/// <summary>Runs the behaviour suite against the noop driver over gRPC: the test calls <see cref="GrpcProviderDriver"/>,
/// the driver serves behind <see cref="ProviderDriverGrpcService"/> and calls the host back through
/// <see cref="GrpcDriverLib"/> and <see cref="GrpcNetworkClient"/>; both sides sit on in-memory TestServers.</summary>
public sealed class GrpcNoopDriverTests : ProviderDriverBehaviourTests
{
    protected override async Task<(IProviderDriver Driver, IAsyncDisposable Lifetime)> StartAsync()
    {
        var lifetime = new AsyncDisposables();
        try
        {
            var host = lifetime.Add(await StartServerAsync(services =>
            {
                services.AddSingleton<IDriverLib>(Lib);
                services.AddSingleton<INetworkClient>(Network);
            }, app =>
            {
                app.MapGrpcService<DriverLibGrpcService>();
                app.MapGrpcService<NetworkGrpcService>();
            }));
            var hostChannel = lifetime.Add(OpenChannel(host));

            var provider = lifetime.Add(await StartServerAsync(services =>
            {
                services.AddSingleton<IDriverLib>(new GrpcDriverLib(hostChannel));
                services.AddSingleton<INetworkClient>(new GrpcNetworkClient(hostChannel));
                services.AddSingleton<TimeProvider>(Time);
                new NoopProviderPlugin().ConfigureServices(services, new ConfigurationBuilder().Build());
            }, app => app.MapGrpcService<ProviderDriverGrpcService>()));
            var providerChannel = lifetime.Add(OpenChannel(provider));

            var driver = await GrpcProviderDriver.ConnectAsync(providerChannel, Ct);
            return (driver, lifetime);
        }
        catch
        {
            await lifetime.DisposeAsync();
            throw;
        }
    }

    private static async Task<WebApplication> StartServerAsync(Action<IServiceCollection> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        configure(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static GrpcChannel OpenChannel(WebApplication app) =>
        GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
}
