using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Watchdog;

/// <summary>Moves objects stuck in PENDING_* past their deadline to ERROR, so no load balancer stays immutable forever.</summary>
/// <remarks>
/// The contract offers no way to re-query a driver, so an expired object goes to ERROR (a load balancer in
/// PENDING_DELETE too; it can then be deleted again). The deadline counts from the row's last status change as stored,
/// so it survives a host restart: on startup the watchdog scans at once, rows whose deadline already passed go to
/// ERROR, and rows still within it keep their remaining time for a driver that resumes its work to report.
/// </remarks>
public sealed partial class PendingStateWatchdog(
    IServiceScopeFactory scopes,
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

    /// <summary>Moves every PENDING_* row older than the deadline to ERROR; returns how many moved.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.PendingTimeout;
        var moved = 0;
        moved += await ExpireAsync(db.Members, "member", cutoff, now, ct);
        moved += await ExpireAsync(db.HealthMonitors, "health monitor", cutoff, now, ct);
        moved += await ExpireAsync(db.Pools, "pool", cutoff, now, ct);
        moved += await ExpireAsync(db.L7Rules, "L7 rule", cutoff, now, ct);
        moved += await ExpireAsync(db.L7Policies, "L7 policy", cutoff, now, ct);
        moved += await ExpireAsync(db.Listeners, "listener", cutoff, now, ct);
        moved += await ExpireAsync(db.LoadBalancers, "load balancer", cutoff, now, ct);
        return moved;
    }

    private async Task<int> ExpireAsync<T>(DbSet<T> rows, string kind, DateTime cutoff, DateTime now, CancellationToken ct)
        where T : ProvisionedEntity
    {
        var stuck = await rows.AsNoTracking()
            .Where(e => e.ProvisioningStatus.StartsWith("PENDING_") && (e.UpdatedAt ?? e.CreatedAt) < cutoff)
            .Select(e => new { e.Id, e.ProvisioningStatus }).ToListAsync(ct);
        var moved = 0;
        foreach (var row in stuck)
        {
            var status = row.ProvisioningStatus;
            if (await rows.Where(e => e.Id == row.Id && e.ProvisioningStatus == status)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, ProvisioningStatuses.Error)
                        .SetProperty(e => e.UpdatedAt, now), ct) == 1)
            {
                moved++;
                Log.Expired(logger, kind, row.Id, status, options.Value.PendingTimeout.TotalSeconds);
            }
        }

        return moved;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1501, Level = LogLevel.Warning,
            Message = "The {Kind} '{ObjectId}' stayed {Status} longer than {TimeoutSeconds} s without a provider report; it is now ERROR.")]
        public static partial void Expired(ILogger logger, string kind, Guid objectId, string status, double timeoutSeconds);

        [LoggerMessage(EventId = 1502, Level = LogLevel.Error, Message = "The pending-state scan failed; it runs again at the next tick.")]
        public static partial void ScanFailed(ILogger logger, Exception exception);
    }
}
