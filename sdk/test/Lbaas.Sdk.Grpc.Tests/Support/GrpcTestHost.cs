using Grpc.Net.Client;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Hosts the three contract services in memory on <see cref="TestServer"/> and hands out a real gRPC channel.</summary>
public sealed class GrpcTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GrpcTestHost(WebApplication app, GrpcChannel channel)
    {
        _app = app;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public static Task<GrpcTestHost> StartAsync(
        IProviderDriver? driver = null, IDriverLib? driverLib = null, INetworkClient? network = null) =>
        StartAsync(
            services =>
            {
                services.AddSingleton(driver ?? new RecordingProviderDriver());
                services.AddSingleton(driverLib ?? new RecordingDriverLib());
                services.AddSingleton(network ?? new RecordingNetworkClient());
            },
            app =>
            {
                app.MapGrpcService<ProviderDriverGrpcService>();
                app.MapGrpcService<DriverLibGrpcService>();
                app.MapGrpcService<NetworkGrpcService>();
            });

    public static async Task<GrpcTestHost> StartAsync(Action<IServiceCollection> configureServices, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        configureServices(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var channel = GrpcChannel.ForAddress(
            "http://localhost", new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
        return new GrpcTestHost(app, channel);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
