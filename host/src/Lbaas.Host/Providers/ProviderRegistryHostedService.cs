namespace Lbaas.Host.Providers;

/// <summary>Loads the providers when the host starts, runs the plugins' hosted services, and connects remote providers.</summary>
/// <remarks>A plugin whose hosted service fails to start is logged; the host and the other providers keep running.</remarks>
internal sealed partial class ProviderRegistryHostedService(ProviderRegistry registry, ILogger<ProviderRegistryHostedService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _connecting = [];
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var plugin in registry.LoadedPlugins)
        {
            try
            {
                await plugin.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.PluginStartFailed(logger, e, plugin.Name, e.Message);
            }
        }

        foreach (var remote in registry.Remotes)
        {
            _connecting.Add(remote.ConnectAsync(_stopping.Token));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may dispose its services before stopping them (a failed start, a test host torn down early):
        // then the connect loops were already cancelled by Dispose.
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }

        await Task.WhenAll(_connecting);
        foreach (var plugin in registry.LoadedPlugins.Reverse())
        {
            try
            {
                await plugin.StopAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.PluginStopFailed(logger, e, plugin.Name, e.Message);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3021, Level = LogLevel.Error,
            Message = "A hosted service of provider '{Provider}' failed to start: {Reason}")]
        public static partial void PluginStartFailed(ILogger logger, Exception exception, string provider, string reason);

        [LoggerMessage(EventId = 3022, Level = LogLevel.Warning,
            Message = "A hosted service of provider '{Provider}' failed to stop: {Reason}")]
        public static partial void PluginStopFailed(ILogger logger, Exception exception, string provider, string reason);
    }
}
