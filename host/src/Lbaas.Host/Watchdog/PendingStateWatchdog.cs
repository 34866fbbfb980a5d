using Lbaas.Host.Api;
using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;
using Lbaas.Host.Status;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Watchdog;

/// <summary>Settles objects stuck in PENDING_* past their deadline, so no load balancer stays immutable forever.</summary>
/// <remarks>
/// <para>
/// Expired rows are grouped by load balancer. When its provider's driver implements <see cref="IStatusQuery"/> and
/// declares <see cref="ProviderFeature.StatusQuery"/>, the watchdog asks it first, within the API's driver call timeout,
/// and applies the answer through <see cref="StatusTreeApplier"/> as it would a report: only entries for objects of that
/// load balancer, and a PENDING status in the answer changes nothing. Whatever is then still PENDING goes to ERROR (a
/// load balancer in PENDING_DELETE too; it can then be deleted again), and the log says why: the provider cannot be
/// asked, it has no record of the load balancer, the query failed, it still reports the object PENDING, or its answer
/// left the object out.
/// </para>
/// <para>
/// The deadline counts from the row's last status change as stored, so it survives a host restart: on startup the
/// watchdog scans at once, rows whose deadline already passed are settled, and rows still within it keep their
/// remaining time for a driver that resumes its work to report.
/// </para>
/// </remarks>
public sealed partial class PendingStateWatchdog(
    IServiceScopeFactory scopes,
    IProviderRegistry registry,
    ProviderInvoker invoker,
    StatusTreeApplier applier,
    IOptions<WatchdogOptions> options,
    TimeProvider time,
    ILogger<PendingStateWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ScanSafelyAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await ScanSafelyAsync(stoppingToken);
        }
    }

    private async Task ScanSafelyAsync(CancellationToken ct)
    {
        try
        {
            await ExpireAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ScanFailed(logger, ex);
        }
    }

    /// <summary>Settles every PENDING_* row older than the deadline; returns how many moved to ERROR.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.PendingTimeout;
        List<ExpiredRow> expired;
        Dictionary<Guid, string> providers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
            expired = await FindExpiredAsync(db, cutoff, ct);
            if (expired.Count == 0)
            {
                return 0;
            }

            var loadBalancerIds = expired.Select(r => r.LoadBalancerId).Distinct().ToList();
            providers = await db.LoadBalancers.AsNoTracking().Where(lb => loadBalancerIds.Contains(lb.Id))
                .ToDictionaryAsync(lb => lb.Id, lb => lb.Provider, ct);
        }

        var queries = new Dictionary<string, (IStatusQuery? Query, string? Refusal)>(StringComparer.Ordinal);
        var moved = 0;
        foreach (var rows in expired.GroupBy(r => r.LoadBalancerId))
        {
            var outcome = providers.TryGetValue(rows.Key, out var provider)
                ? await AskProviderAsync(rows.Key, provider, rows.Count(), queries, ct)
                : Outcome.Refused("its load balancer row is gone");
            moved += await MoveToErrorAsync(rows, outcome, cutoff, now, ct);
        }

        return moved;
    }

    private async Task<Outcome> AskProviderAsync(Guid loadBalancerId, string provider, int pendingCount,
        Dictionary<string, (IStatusQuery? Query, string? Refusal)> queries, CancellationToken ct)
    {
        if (!queries.TryGetValue(provider, out var found))
        {
            found = await FindStatusQueryAsync(provider, ct);
            queries[provider] = found;
        }

        if (found.Query is not { } query)
        {
            return Outcome.Refused(found.Refusal!);
        }

        StatusUpdate? answer = null;
        var fault = await invoker.InvokeAsync(provider, "status query", async (_, c) =>
            answer = await query.GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = loadBalancerId }, c), ct);
        if (fault is not null)
        {
            return Outcome.Refused($"the status query failed: {fault.FaultString.TrimEnd('.')}");
        }

        if (answer is null)
        {
            return Outcome.Refused($"provider '{provider}' has no record of its load balancer");
        }

        try
        {
            await applier.ApplyAsync(await OwnEntriesAsync(loadBalancerId, answer, ct), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerNotApplied(logger, ex, provider, loadBalancerId);
            return Outcome.Refused($"the answer of provider '{provider}' could not be applied: {ex.Message.TrimEnd('.')}");
        }

        Log.AnswerApplied(logger, provider, loadBalancerId, pendingCount);
        return new Outcome(null, provider, answer);
    }

    private async Task<(IStatusQuery? Query, string? Refusal)> FindStatusQueryAsync(string provider, CancellationToken ct)
    {
        if (!registry.TryGetDriver(provider, out var driver))
        {
            return (null, $"provider '{provider}' cannot be asked (it is not loaded)");
        }

        if (driver is not IStatusQuery query)
        {
            return (null, $"provider '{provider}' cannot be asked (no {nameof(IStatusQuery)})");
        }

        Capabilities? capabilities = null;
        var fault = await invoker.InvokeAsync(provider, "capabilities", async (d, c) => capabilities = await d.GetCapabilitiesAsync(c), ct);
        if (fault is not null)
        {
            return (null, $"provider '{provider}' cannot be asked (its capabilities failed: {fault.FaultString.TrimEnd('.')})");
        }

        return capabilities!.Supports(ProviderFeature.StatusQuery)
            ? (query, null)
            : (null, $"provider '{provider}' cannot be asked (it does not declare {ProviderFeature.StatusQuery})");
    }

    // Only the load balancer's own objects: a driver must not settle another one's rows. A PENDING status would only
    // restart the clock of an object whose deadline already passed, so it is dropped and the object goes to ERROR.
    private async Task<StatusUpdate> OwnEntriesAsync(Guid loadBalancerId, StatusUpdate answer, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var own = new StatusUpdate();
        foreach (var kind in RowKind.InOctaviaOrder)
        {
            var entries = kind.Entries(answer);
            if (entries.Count > 0)
            {
                var owned = await kind.OwnedAsync(db, loadBalancerId, [.. entries.Select(e => e.Id).Distinct()], ct);
                own = kind.With(own, [.. entries.Where(e => owned.Contains(e.Id)).Select(WithoutPending)]);
            }
        }

        return own;
    }

    private static StatusEntry WithoutPending(StatusEntry entry) =>
        entry.ProvisioningStatus is ProvisioningStatus.PendingCreate or ProvisioningStatus.PendingUpdate or ProvisioningStatus.PendingDelete
            ? entry with { ProvisioningStatus = null }
            : entry;

    private async Task<int> MoveToErrorAsync(IEnumerable<ExpiredRow> rows, Outcome outcome, DateTime cutoff, DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var moved = 0;
        foreach (var row in rows)
        {
            if (await row.Kind.MoveToErrorAsync(db, row, cutoff, now, ct))
            {
                moved++;
                Log.Expired(logger, row.Kind.Name, row.Id, row.LoadBalancerId, row.Status, options.Value.PendingTimeout.TotalSeconds,
                    outcome.ReasonFor(row));
            }
        }

        return moved;
    }

    private static async Task<List<ExpiredRow>> FindExpiredAsync(LbaasDbContext db, DateTime cutoff, CancellationToken ct)
    {
        var rows = new List<ExpiredRow>();
        foreach (var kind in RowKind.InOctaviaOrder)
        {
            rows.AddRange(await kind.FindExpiredAsync(db, cutoff, ct));
        }

        return rows;
    }

    private sealed record ExpiredRow(RowKind Kind, Guid Id, string Status, Guid LoadBalancerId);

    /// <summary>Names a table of provisioned rows and its list in a status update.</summary>
    private abstract record RowKind(
        string Name,
        Func<StatusUpdate, IReadOnlyList<StatusEntry>> Entries,
        Func<StatusUpdate, IReadOnlyList<StatusEntry>, StatusUpdate> With)
    {
        public static IReadOnlyList<RowKind> InOctaviaOrder { get; } =
        [
            new RowKind<MemberEntity>("member", nameof(MemberEntity.LoadBalancerId), u => u.Members, (u, e) => u with { Members = e }),
            new RowKind<HealthMonitorEntity>("health monitor", nameof(HealthMonitorEntity.LoadBalancerId), u => u.HealthMonitors,
                (u, e) => u with { HealthMonitors = e }),
            new RowKind<PoolEntity>("pool", nameof(PoolEntity.LoadBalancerId), u => u.Pools, (u, e) => u with { Pools = e }),
            new RowKind<L7RuleEntity>("L7 rule", nameof(L7RuleEntity.LoadBalancerId), u => u.L7Rules, (u, e) => u with { L7Rules = e }),
            new RowKind<L7PolicyEntity>("L7 policy", nameof(L7PolicyEntity.LoadBalancerId), u => u.L7Policies,
                (u, e) => u with { L7Policies = e }),
            new RowKind<ListenerEntity>("listener", nameof(ListenerEntity.LoadBalancerId), u => u.Listeners, (u, e) => u with { Listeners = e }),
            new RowKind<LoadBalancerEntity>("load balancer", nameof(LoadBalancerEntity.Id), u => u.LoadBalancers,
                (u, e) => u with { LoadBalancers = e }),
        ];

        public abstract Task<List<ExpiredRow>> FindExpiredAsync(LbaasDbContext db, DateTime cutoff, CancellationToken ct);

        /// <summary>Moves a row to ERROR if it is unchanged since it was found expired: neither an answer nor a late report settled it.</summary>
        public abstract Task<bool> MoveToErrorAsync(LbaasDbContext db, ExpiredRow row, DateTime cutoff, DateTime now, CancellationToken ct);

        public abstract Task<HashSet<Guid>> OwnedAsync(LbaasDbContext db, Guid loadBalancerId, List<Guid> ids, CancellationToken ct);
    }

    private sealed record RowKind<T>(
        string Name,
        string LoadBalancerProperty,
        Func<StatusUpdate, IReadOnlyList<StatusEntry>> Entries,
        Func<StatusUpdate, IReadOnlyList<StatusEntry>, StatusUpdate> With) : RowKind(Name, Entries, With)
        where T : ProvisionedEntity
    {
        public override async Task<List<ExpiredRow>> FindExpiredAsync(LbaasDbContext db, DateTime cutoff, CancellationToken ct)
        {
            var found = await db.Set<T>().AsNoTracking()
                .Where(e => e.ProvisioningStatus.StartsWith("PENDING_") && (e.UpdatedAt ?? e.CreatedAt) < cutoff)
                .Select(e => new { e.Id, e.ProvisioningStatus, LoadBalancerId = EF.Property<Guid>(e, LoadBalancerProperty) })
                .ToListAsync(ct);
            return [.. found.Select(r => new ExpiredRow(this, r.Id, r.ProvisioningStatus, r.LoadBalancerId))];
        }

        public override async Task<bool> MoveToErrorAsync(LbaasDbContext db, ExpiredRow row, DateTime cutoff, DateTime now, CancellationToken ct) =>
            await db.Set<T>().Where(e => e.Id == row.Id && e.ProvisioningStatus == row.Status && (e.UpdatedAt ?? e.CreatedAt) < cutoff)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, ProvisioningStatuses.Error).SetProperty(e => e.UpdatedAt, now), ct)
            == 1;

        public override async Task<HashSet<Guid>> OwnedAsync(LbaasDbContext db, Guid loadBalancerId, List<Guid> ids, CancellationToken ct) =>
            [.. await db.Set<T>().AsNoTracking()
                .Where(e => ids.Contains(e.Id) && EF.Property<Guid>(e, LoadBalancerProperty) == loadBalancerId)
                .Select(e => e.Id).ToListAsync(ct)];
    }

    /// <summary>What asking the provider about one load balancer gave: a reason that holds for every row, or its answer.</summary>
    private sealed record Outcome(string? Refusal, string? Provider, StatusUpdate? Answer)
    {
        public static Outcome Refused(string reason) => new(reason, null, null);

        public string ReasonFor(ExpiredRow row)
        {
            if (Refusal is not null)
            {
                return Refusal;
            }

            var entry = row.Kind.Entries(Answer!).LastOrDefault(e => e.Id == row.Id);
            return entry switch
            {
                null => $"provider '{Provider}' left it out of its answer",
                { ProvisioningStatus: null } => $"provider '{Provider}' reports no provisioning status for it",
                { ProvisioningStatus: var status } when ProvisioningStatuses.IsPending(WireName.Of(status.Value)) =>
                    $"provider '{Provider}' still reports it {WireName.Of(status.Value)}",
                { ProvisioningStatus: var status } => $"provider '{Provider}' reports it {WireName.Of(status.Value)}, but the row did not change",
            };
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1501, Level = LogLevel.Warning,
            Message = "The {Kind} '{ObjectId}' (load balancer '{LoadBalancerId}') stayed {Status} longer than {TimeoutSeconds} s; " +
                      "it is now ERROR because {Reason}.")]
        public static partial void Expired(ILogger logger, string kind, Guid objectId, Guid loadBalancerId, string status,
            double timeoutSeconds, string reason);

        [LoggerMessage(EventId = 1502, Level = LogLevel.Error, Message = "The pending-state scan failed; it runs again at the next tick.")]
        public static partial void ScanFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1503, Level = LogLevel.Information,
            Message = "Asked provider '{Provider}' about load balancer '{LoadBalancerId}', which had {PendingCount} objects PENDING " +
                      "past the deadline, and applied its answer.")]
        public static partial void AnswerApplied(ILogger logger, string provider, Guid loadBalancerId, int pendingCount);

        [LoggerMessage(EventId = 1504, Level = LogLevel.Error,
            Message = "Could not apply the answer of provider '{Provider}' about load balancer '{LoadBalancerId}'.")]
        public static partial void AnswerNotApplied(ILogger logger, Exception exception, string provider, Guid loadBalancerId);
    }
}
