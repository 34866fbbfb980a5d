using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Tests.Support;

/// <summary>Stands in for the host's side of <see cref="IDriverLib"/>: records every report and serves seeded records.</summary>
/// <remarks>Thread-safe. Waits use real time with a deadline, never sleeps, and fail naming what they saw last.</remarks>
public sealed class RecordingDriverLib : IDriverLib
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<StatusUpdate> _updates = [];
    private readonly List<IReadOnlyList<ListenerStatistics>> _statistics = [];
    private readonly Dictionary<(ObjectKind Kind, Guid Id), StatusEntry> _latest = [];
    private readonly Dictionary<Guid, LoadBalancer> _records = [];
    private readonly List<DateTimeOffset> _receivedAt = [];
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Initializes the fake.</summary>
    /// <param name="time">The clock that stamps each report.</param>
    public RecordingDriverLib(TimeProvider time) => _time = time;

    public IReadOnlyList<StatusUpdate> Updates
    {
        get
        {
            lock (_gate)
            {
                return [.. _updates];
            }
        }
    }

    /// <summary>Stores a load balancer graph as the host's records, served by the Get methods.</summary>
    public void Seed(LoadBalancer loadBalancer)
    {
        lock (_gate)
        {
            _records[loadBalancer.Id] = loadBalancer;
        }
    }

    public StatusEntry? Latest(ObjectKind kind, Guid id)
    {
        lock (_gate)
        {
            return _latest.GetValueOrDefault((kind, id));
        }
    }

    /// <summary>Finds an object's entry in one report.</summary>
    public static StatusEntry? Find(StatusUpdate update, ObjectKind kind, Guid id) =>
        Entries(update).Where(e => e.Kind == kind && e.Entry.Id == id).Select(e => e.Entry).LastOrDefault();

    /// <summary>Returns the last report that carried the object with the given provisioning status, and when it came.</summary>
    public (StatusUpdate Update, DateTimeOffset ReceivedAt) LastReport(ObjectKind kind, Guid id, ProvisioningStatus provisioning)
    {
        lock (_gate)
        {
            var index = _updates.FindLastIndex(u => Find(u, kind, id)?.ProvisioningStatus == provisioning);
            Assert.True(index >= 0, $"No report carried {kind} {id} as {provisioning}.");
            return (_updates[index], _receivedAt[index]);
        }
    }

    /// <summary>Counts the reports that carried an entry for the object.</summary>
    public int ReportsFor(ObjectKind kind, Guid id)
    {
        lock (_gate)
        {
            return _updates.Count(u => Entries(u).Any(e => e.Kind == kind && e.Entry.Id == id));
        }
    }

    public Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _updates.Add(update);
            _receivedAt.Add(_time.GetUtcNow());
            foreach (var (kind, entry) in Entries(update))
            {
                var previous = _latest.GetValueOrDefault((kind, entry.Id));
                _latest[(kind, entry.Id)] = new StatusEntry(
                    entry.Id,
                    entry.ProvisioningStatus ?? previous?.ProvisioningStatus,
                    entry.OperatingStatus ?? previous?.OperatingStatus);
            }

            Signal();
        }

        return Task.CompletedTask;
    }

    public Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _statistics.Add(statistics);
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => lbs.FirstOrDefault(lb => lb.Id == id)));

    public Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => lbs.SelectMany(lb => lb.Listeners).FirstOrDefault(l => l.Id == id)));

    public Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => Pools(lbs).FirstOrDefault(p => p.Id == id)));

    public Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => Pools(lbs).SelectMany(p => p.Members).FirstOrDefault(m => m.Id == id)));

    public Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => Pools(lbs).Select(p => p.HealthMonitor).FirstOrDefault(m => m?.Id == id)));

    public Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => lbs.SelectMany(lb => lb.Listeners).SelectMany(l => l.L7Policies).FirstOrDefault(p => p.Id == id)));

    public Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(lbs => lbs.SelectMany(lb => lb.Listeners).SelectMany(l => l.L7Policies)
            .SelectMany(p => p.Rules).FirstOrDefault(r => r.Id == id)));

    /// <summary>Waits until the object's latest provisioning (and, if given, operating) status is as expected.</summary>
    public Task WaitForStatusAsync(ObjectKind kind, Guid id, ProvisioningStatus provisioning, OperatingStatus? operating = null) =>
        WaitUntilAsync(
            () => Latest(kind, id) is { } e && e.ProvisioningStatus == provisioning && (operating is null || e.OperatingStatus == operating),
            () => $"{kind} {id}: expected {provisioning}{(operating is null ? string.Empty : "/" + operating)}, last saw {Describe(Latest(kind, id))}");

    /// <summary>Tells whether listener statistics arrived for a listener.</summary>
    public bool HasStatistics(Guid listenerId)
    {
        lock (_gate)
        {
            return _statistics.Any(batch => batch.Any(s => s.ListenerId == listenerId));
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking after each report.</summary>
    /// <remarks>With <paramref name="recheckEvery"/>, the condition is also re-checked at that real-time interval, for
    /// conditions that move a fake clock themselves.</remarks>
    public async Task WaitUntilAsync(Func<bool> condition, Func<string> lastSeen, TimeSpan? within = null, TimeSpan? recheckEvery = null)
    {
        var limit = within ?? DefaultWithin;
        var deadline = TimeProvider.System.GetTimestamp() + (long)(limit.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Not reached within {limit.TotalSeconds} s: {lastSeen()}");
            }

            try
            {
                await changed.WaitAsync(recheckEvery is { } every && every < remaining ? every : remaining);
            }
            catch (TimeoutException)
            {
                // Checked once more at the top of the loop, then reported with what was last seen.
            }
        }
    }

    private static string Describe(StatusEntry? entry) =>
        entry is null ? "nothing" : $"{entry.ProvisioningStatus?.ToString() ?? "-"}/{entry.OperatingStatus?.ToString() ?? "-"}";

    /// <summary>Lists every entry of one status update with its kind.</summary>
    public static IEnumerable<(ObjectKind Kind, StatusEntry Entry)> Entries(StatusUpdate u) =>
        u.LoadBalancers.Select(e => (ObjectKind.LoadBalancer, e))
            .Concat(u.Listeners.Select(e => (ObjectKind.Listener, e)))
            .Concat(u.Pools.Select(e => (ObjectKind.Pool, e)))
            .Concat(u.Members.Select(e => (ObjectKind.Member, e)))
            .Concat(u.HealthMonitors.Select(e => (ObjectKind.HealthMonitor, e)))
            .Concat(u.L7Policies.Select(e => (ObjectKind.L7Policy, e)))
            .Concat(u.L7Rules.Select(e => (ObjectKind.L7Rule, e)));

    private static IEnumerable<Pool> Pools(IEnumerable<LoadBalancer> lbs) =>
        lbs.SelectMany(lb => lb.Pools.Concat(lb.Listeners.Select(l => l.DefaultPool).OfType<Pool>()));

    private T? Find<T>(Func<IEnumerable<LoadBalancer>, T?> query)
    {
        lock (_gate)
        {
            return query(_records.Values);
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
