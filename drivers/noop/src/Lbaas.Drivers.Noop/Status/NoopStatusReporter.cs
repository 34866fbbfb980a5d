using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;

namespace Lbaas.Drivers.Noop.Status;

/// <summary>Reports status trees to the host on a background path, in order per load balancer, after a delay.</summary>
/// <remarks>
/// Thread-safe. Reports for one load balancer run one after another, so a later operation never overtakes an earlier
/// one; different load balancers do not wait for each other. Disposal cancels what has not been reported yet.
/// </remarks>
internal sealed partial class NoopStatusReporter : IAsyncDisposable
{
    private readonly IDriverLib _driverLib;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Task> _tails = [];

    public NoopStatusReporter(IDriverLib driverLib, TimeProvider time, ILogger logger)
    {
        _driverLib = driverLib;
        _time = time;
        _logger = logger;
    }

    /// <summary>Queues a report; it is sent after <paramref name="delay"/> and after earlier reports for the same load balancer.</summary>
    public void Enqueue(Guid loadBalancerId, TimeSpan delay, StatusUpdate update)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            var previous = _tails.GetValueOrDefault(loadBalancerId) ?? Task.CompletedTask;
            Task next = Task.Run(() => ReportAfterAsync(previous, loadBalancerId, delay, update), CancellationToken.None);
            _tails[loadBalancerId] = next;
            _ = next.ContinueWith(
                completed => Forget(loadBalancerId, completed),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            pending = [.. _tails.Values];
        }

        await Task.WhenAll(pending);
        _stopping.Dispose();
    }

    private async Task ReportAfterAsync(Task previous, Guid loadBalancerId, TimeSpan delay, StatusUpdate update)
    {
        await previous;
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, _stopping.Token);
            }

            await _driverLib.UpdateStatusAsync(update, _stopping.Token);
            Log.StatusReported(_logger, loadBalancerId, Count(update));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            Log.StatusReportAbandoned(_logger, loadBalancerId);
        }
#pragma warning disable CA1031 // A failed report must not poison later ones; the host's watchdog settles the object.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.StatusReportFailed(_logger, ex, loadBalancerId);
        }
    }

    private void Forget(Guid loadBalancerId, Task completed)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(loadBalancerId, out var tail) && tail == completed)
            {
                _tails.Remove(loadBalancerId);
            }
        }
    }

    private static int Count(StatusUpdate u) =>
        u.LoadBalancers.Count + u.Listeners.Count + u.Pools.Count + u.Members.Count + u.HealthMonitors.Count
        + u.L7Policies.Count + u.L7Rules.Count;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
            Message = "Reported {EntryCount} status entries for load balancer '{LoadBalancerId}'.")]
        public static partial void StatusReported(ILogger logger, Guid loadBalancerId, int entryCount);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Error,
            Message = "Could not report status for load balancer '{LoadBalancerId}'; the host's watchdog will settle it.")]
        public static partial void StatusReportFailed(ILogger logger, Exception exception, Guid loadBalancerId);

        [LoggerMessage(EventId = 1103, Level = LogLevel.Debug,
            Message = "Dropped a pending status report for load balancer '{LoadBalancerId}' because the driver is stopping.")]
        public static partial void StatusReportAbandoned(ILogger logger, Guid loadBalancerId);
    }
}
