using Lbaas.Host.Api;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Status;

/// <summary>Writes a driver's status report in one transaction, in Octavia's order: members, monitors, pools, rules, policies, listeners, load balancers.</summary>
/// <remarks>
/// <c>DELETED</c> removes a child row (the database cascades to its children) and soft-deletes a load balancer, which
/// then answers 404; a VIP port the host made is released after the commit. Entries for missing rows are ignored.
/// </remarks>
public sealed partial class StatusTreeApplier(IServiceScopeFactory scopes, TimeProvider time, ILogger<StatusTreeApplier> logger)
{
    /// <summary>Applies one report atomically.</summary>
    public async Task ApplyAsync(StatusUpdate update, CancellationToken cancellationToken)
    {
        if (update.IsEmpty)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var quotas = scope.ServiceProvider.GetRequiredService<IQuotaChecker>();
        var releasedPorts = new List<(Guid LoadBalancerId, Guid PortId)>();
        var released = new Dictionary<string, QuotaDemand>(StringComparer.Ordinal);

        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await ApplyChildrenAsync<MemberEntity>(db, update.Members, released, d => d with { Members = d.Members + 1 }, cancellationToken);
            await ApplyChildrenAsync<HealthMonitorEntity>(db, update.HealthMonitors, released,
                d => d with { HealthMonitors = d.HealthMonitors + 1 }, cancellationToken);
            await ApplyChildrenAsync<PoolEntity>(db, update.Pools, released, d => d with { Pools = d.Pools + 1 }, cancellationToken);
            await ApplyChildrenAsync<L7RuleEntity>(db, update.L7Rules, released, d => d with { L7Rules = d.L7Rules + 1 }, cancellationToken);
            await ApplyChildrenAsync<L7PolicyEntity>(db, update.L7Policies, released, d => d with { L7Policies = d.L7Policies + 1 },
                cancellationToken);
            await ApplyChildrenAsync<ListenerEntity>(db, update.Listeners, released, d => d with { Listeners = d.Listeners + 1 },
                cancellationToken);
            var deletedListeners = update.Listeners.Where(e => e.ProvisioningStatus == ProvisioningStatus.Deleted).Select(e => e.Id).ToList();
            if (deletedListeners.Count > 0)
            {
                await db.ListenerStatistics.Where(s => deletedListeners.Contains(s.ListenerId)).ExecuteDeleteAsync(cancellationToken);
            }

            await ApplyLoadBalancersAsync(db, update.LoadBalancers, released, releasedPorts, cancellationToken);
            foreach (var (project, demand) in released)
            {
                await quotas.ReleaseAsync(db, project, demand, cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
        }

        if (releasedPorts.Count > 0 && scope.ServiceProvider.GetService<INetworkClient>() is { } network)
        {
            foreach (var (lbId, portId) in releasedPorts)
            {
                try
                {
                    await network.DeletePortAsync(portId, cancellationToken);
                    Log.VipPortReleased(logger, portId, lbId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.VipPortReleaseFailed(logger, ex, portId, lbId);
                }
            }
        }
    }

    private async Task ApplyChildrenAsync<T>(LbaasDbContext db, IReadOnlyList<StatusEntry> entries,
        Dictionary<string, QuotaDemand> released, Func<QuotaDemand, QuotaDemand> count, CancellationToken cancellationToken)
        where T : ProvisionedEntity
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            if (entry.ProvisioningStatus == ProvisioningStatus.Deleted)
            {
                var project = await db.Set<T>().Where(e => e.Id == entry.Id).Select(e => e.ProjectId).FirstOrDefaultAsync(cancellationToken);
                if (project is not null && await db.Set<T>().Where(e => e.Id == entry.Id).ExecuteDeleteAsync(cancellationToken) > 0)
                {
                    released[project] = count(released.GetValueOrDefault(project) ?? new QuotaDemand());
                }

                continue;
            }

            await SetStatusAsync(db.Set<T>().Where(e => e.Id == entry.Id), entry, now, cancellationToken);
        }
    }

    private static Task<int> SetStatusAsync<T>(IQueryable<T> rows, StatusEntry entry, DateTime now, CancellationToken cancellationToken)
        where T : ProvisionedEntity
    {
        if (entry.ProvisioningStatus is { } p && entry.OperatingStatus is { } o)
        {
            var ps = WireName.Of(p);
            var os = WireName.Of(o);
            return rows.ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, ps).SetProperty(e => e.OperatingStatus, os)
                .SetProperty(e => e.UpdatedAt, now), cancellationToken);
        }

        if (entry.ProvisioningStatus is { } p2)
        {
            var ps = WireName.Of(p2);
            return rows.ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, ps).SetProperty(e => e.UpdatedAt, now),
                cancellationToken);
        }

        if (entry.OperatingStatus is { } o2)
        {
            var os = WireName.Of(o2);
            return rows.ExecuteUpdateAsync(s => s.SetProperty(e => e.OperatingStatus, os), cancellationToken);
        }

        return Task.FromResult(0);
    }

    private async Task ApplyLoadBalancersAsync(LbaasDbContext db, IReadOnlyList<StatusEntry> entries,
        Dictionary<string, QuotaDemand> released, List<(Guid, Guid)> releasedPorts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            var live = db.LoadBalancers.Where(lb => lb.Id == entry.Id && lb.ProvisioningStatus != ProvisioningStatuses.Deleted);
            if (entry.ProvisioningStatus == ProvisioningStatus.Deleted)
            {
                var row = await live.Select(lb => new { lb.ProjectId, lb.VipPortId, lb.VipPortOwnedByHost }).FirstOrDefaultAsync(cancellationToken);
                if (row is null)
                {
                    continue;
                }

                await live.ExecuteUpdateAsync(s => s.SetProperty(lb => lb.ProvisioningStatus, ProvisioningStatuses.Deleted)
                    .SetProperty(lb => lb.OperatingStatus, OperatingStatuses.Offline)
                    .SetProperty(lb => lb.UpdatedAt, now), cancellationToken);
                var demand = released.GetValueOrDefault(row.ProjectId) ?? new QuotaDemand();
                released[row.ProjectId] = demand with { LoadBalancers = demand.LoadBalancers + 1 };
                if (row.VipPortOwnedByHost && row.VipPortId is { } port)
                {
                    releasedPorts.Add((entry.Id, port));
                }

                continue;
            }

            await SetStatusAsync(live, entry, now, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
            Message = "Released VIP port '{PortId}' of deleted load balancer '{LoadBalancerId}'.")]
        public static partial void VipPortReleased(ILogger logger, Guid portId, Guid loadBalancerId);

        [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
            Message = "Could not release VIP port '{PortId}' of deleted load balancer '{LoadBalancerId}'.")]
        public static partial void VipPortReleaseFailed(ILogger logger, Exception exception, Guid portId, Guid loadBalancerId);
    }
}
