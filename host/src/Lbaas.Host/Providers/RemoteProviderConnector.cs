using Grpc.Net.Client;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Providers;

/// <summary>Holds a remote provider's channel and driver, and checks its contract version in the background.</summary>
/// <remarks>
/// <para>
/// The handshake is retried with backoff until it succeeds. Until the first attempt ends the provider is usable; while
/// it is unreachable (no handshake has succeeded yet) it is not loadable and its requests answer 501 at once instead of
/// waiting on a dead address. Once connected it stays usable: a provider that goes down later fails its calls with
/// the driver's 500. A provider of another major is refused for good.
/// </para>
/// <para>URLs: <c>http://host:port</c> (h2c), <c>https://host:port</c>, or <c>unix:/path/to.sock</c>.</para>
/// </remarks>
internal sealed partial class RemoteProviderConnector : IDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(60);

    private readonly GrpcChannel _channel;
    private readonly GrpcProviderDriver _driver;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private volatile string? _problem;
    private volatile bool _connected;

    public RemoteProviderConnector(string name, Uri url, ILogger logger, TimeProvider time, HttpMessageHandler? handler = null)
    {
        Name = name;
        Url = url;
        _logger = logger;
        _time = time;
        _channel = ProviderChannel.ForAddress(url.OriginalString, handler);
        _driver = new GrpcProviderDriver(_channel, new GrpcClientOptions { TimeProvider = time, Target = $"provider '{name}' at {url}" });
    }

    public string Name { get; }

    public Uri Url { get; }

    public IProviderDriver Driver => _driver;

    /// <summary>Gets why the provider cannot be used now, or <see langword="null"/> when it can.</summary>
    public string? Problem => _problem;

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
                _connected = true;
                _problem = null;
                Log.Connected(_logger, Name, Url, version.ToString());
                return;
            }
            catch (ContractVersionMismatchException e)
            {
                _problem = e.Message;
                Log.Refused(_logger, Name, Url, e.Message);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var reason = e is ProviderException p ? p.OperatorMessage : e.Message;
                if (!_connected)
                {
                    _problem = $"Remote provider '{Name}' at {Url} is unreachable: {reason}";
                }

                Log.Unreachable(_logger, Name, Url, attempt, delay.TotalSeconds, reason);
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
