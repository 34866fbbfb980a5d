using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Plays the host's gRPC side on a unix socket: DriverLibService and NetworkService over test fakes.</summary>
public sealed class HostGrpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostGrpcServer(WebApplication app, string socketPath)
    {
        _app = app;
        SocketPath = socketPath;
    }

    public string SocketPath { get; }

    public static async Task<HostGrpcServer> StartAsync(string socketPath, IDriverLib driverLib, INetworkClient network, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenUnixSocket(socketPath, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(driverLib);
        builder.Services.AddSingleton(network);
        var app = builder.Build();
        app.MapGrpcService<DriverLibGrpcService>();
        app.MapGrpcService<NetworkGrpcService>();
        await app.StartAsync(cancellationToken);
        return new HostGrpcServer(app, socketPath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
