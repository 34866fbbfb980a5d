using Grpc.Net.Client;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Providers;

/// <summary>Holds a remote provider's channel and driver, and checks its contract version in the background.</summary>
/// <remarks>
/// The driver is usable at once: while the provider is down its calls fail (500 through the API). The handshake is
/// retried with backoff until it succeeds; a provider of another major raises <see cref="Refused"/>, which makes it not
/// loadable (501).
/// </remarks>
internal sealed partial class RemoteProviderConnector : IDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(60);

    private readonly GrpcChannel _channel;
    private readonly GrpcProviderDriver _driver;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public RemoteProviderConnector(string name, Uri url, ILogger logger, TimeProvider time, HttpMessageHandler? handler = null)
    {
        Name = name;
        Url = url;
        _logger = logger;
        _time = time;
        _channel = GrpcChannel.ForAddress(url, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
        _driver = new GrpcProviderDriver(_channel, new GrpcClientOptions { TimeProvider = time, Target = $"provider '{name}' at {url}" });
    }

    /// <summary>Raised once, with the reason, when the provider speaks another contract major.</summary>
    public event Action<string>? Refused;

    public string Name { get; }

    public Uri Url { get; }

    public IProviderDriver Driver => _driver;

    /// <summary>Gets the version the provider reported, once the handshake has succeeded.</summary>
    public ContractVersion? RemoteVersion => _driver.RemoteVersion;

    /// <summary>Handshakes until it succeeds, the provider is refused, or the host stops.</summary>
    /// <param name="stoppingToken">Signals host shutdown.</param>
    /// <returns>A task that completes when no more attempts will be made.</returns>
    public async Task ConnectAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var version = await _driver.HandshakeAsync(stoppingToken);
                Log.Connected(_logger, Name, Url, version.ToString());
                return;
            }
            catch (ContractVersionMismatchException e)
            {
                Log.Refused(_logger, Name, Url, e.Message);
                Refused?.Invoke(e.Message);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.Unreachable(_logger, Name, Url, attempt, delay.TotalSeconds, e.Message);
            }

            try
            {
                await Task.Delay(delay, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LastRetry.Ticks));
        }
    }

    public void Dispose() => _channel.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 3011, Level = LogLevel.Information,
            Message = "Remote provider '{Provider}' at {Url} speaks provider contract {Version}.")]
        public static partial void Connected(ILogger logger, string provider, Uri url, string version);

        [LoggerMessage(EventId = 3012, Level = LogLevel.Warning,
            Message = "Remote provider '{Provider}' at {Url} is unreachable (attempt {Attempt}); retrying in {DelaySeconds} s: {Reason}")]
        public static partial void Unreachable(ILogger logger, string provider, Uri url, int attempt, double delaySeconds, string reason);

        [LoggerMessage(EventId = 3013, Level = LogLevel.Error,
            Message = "Remote provider '{Provider}' at {Url} is not loadable: {Reason}")]
        public static partial void Refused(ILogger logger, string provider, Uri url, string reason);
    }
}
