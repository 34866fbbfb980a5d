using Grpc.Net.Client;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.Plugins;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Lbaas.ProviderServer;

/// <summary>Serves one provider plugin over gRPC: loads it, maps <see cref="ProviderDriverGrpcService"/> and reflection,
/// and runs the plugin's hosted services until shutdown.</summary>
internal static partial class ProviderServer
{
    public const string Name = "lbaas-provider-server";

    public static async Task<int> RunAsync(string pluginDirectory, ListenAddress listen, ListenAddress hostAddress, string? configFile, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(listen.Listen);
        builder.Services.AddGrpc();
        builder.Services.AddGrpcReflection();
        var plugin = new PluginHolder();
        builder.Services.AddSingleton<IProviderDriver>(_ => plugin.Provider.Driver);

        var pluginConfiguration = new ConfigurationBuilder();
        if (configFile is not null)
        {
            pluginConfiguration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        await using var app = builder.Build();
        app.MapGrpcService<ProviderDriverGrpcService>();
        app.MapGrpcReflectionService();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Name);

        using var hostChannel = hostAddress.OpenChannel();
        try
        {
            plugin.Provider = ProviderPluginLoader.Load(
                pluginDirectory,
                new ProviderHostServices
                {
                    DriverLib = new GrpcDriverLib(hostChannel, new GrpcClientOptions { Target = hostAddress.Text }),
                    Network = new GrpcNetworkClient(hostChannel, new GrpcClientOptions { Target = hostAddress.Text }),
                    LoggerFactory = app.Services.GetRequiredService<ILoggerFactory>(),
                    TimeProvider = TimeProvider.System,
                },
                pluginConfiguration.Build());
        }
        catch (Exception ex) when (ex is PluginLoadException or ContractVersionMismatchException or InvalidDataException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"{Name}: cannot load plugin '{pluginDirectory}': {ex.Message}");
            return ExitCodes.BadPlugin;
        }

        await using var provider = plugin.Provider;
        await app.StartAsync(cancellationToken);
        await provider.StartAsync(cancellationToken);
        var address = listen.SocketPath is not null
            ? listen.Text
            : app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? listen.Text;
        Log.Serving(logger, provider.Name, address, provider.Directory);
        await Console.Out.WriteLineAsync($"{Name}: serving provider '{provider.Name}' on {address}");
        await Console.Out.FlushAsync(cancellationToken);

        await app.WaitForShutdownAsync(cancellationToken);
        await provider.StopAsync(CancellationToken.None);
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private sealed class PluginHolder
    {
        public LoadedProvider Provider
        {
            get => field ?? throw new InvalidOperationException("The plugin is not loaded yet.");
            set;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information,
            Message = "Serving provider '{Provider}' on {Address} from '{PluginDirectory}'.")]
        public static partial void Serving(ILogger logger, string provider, string address, string pluginDirectory);
    }
}
