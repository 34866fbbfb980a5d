using Lbaas.Sdk.V1;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lbaas.Drivers.Noop.Statistics;

/// <summary>Reports listener statistics (all zero: there is no traffic) for every listener, as the <c>stats</c> feature promises.</summary>
internal sealed partial class NoopStatisticsReporter : BackgroundService
{
    private readonly NoopProviderDriver _driver;
    private readonly IDriverLib _driverLib;
    private readonly TimeProvider _time;
    private readonly NoopOptions _options;
    private readonly ILogger _logger;

    public NoopStatisticsReporter(
        NoopProviderDriver driver,
        IDriverLib driverLib,
        TimeProvider time,
        IOptions<NoopOptions> options,
        ILogger<NoopStatisticsReporter> logger)
    {
        _driver = driver;
        _driverLib = driverLib;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.StatisticsInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.StatisticsInterval, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var listeners = _driver.ListenerIds;
            if (listeners.Count == 0)
            {
                continue;
            }

            try
            {
                await _driverLib.UpdateListenerStatisticsAsync(
                    [.. listeners.Select(id => new ListenerStatistics { ListenerId = id })], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Statistics are best effort; the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.StatisticsReportFailed(_logger, ex, listeners.Count);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
            Message = "Could not report statistics for {ListenerCount} listeners; will try again at the next tick.")]
        public static partial void StatisticsReportFailed(ILogger logger, Exception exception, int listenerCount);
    }
}
