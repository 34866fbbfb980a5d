using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Status;

/// <summary>Is the host's <see cref="IDriverLib"/>: drivers report status trees and statistics here and read objects back.</summary>
/// <remarks>Thread-safe; each call uses its own database context, so drivers may call back during or after their own call.</remarks>
public sealed class HostDriverLib(IServiceScopeFactory scopes, StatusTreeApplier applier, TimeProvider time) : IDriverLib
{
    public Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken) => applier.ApplyAsync(update, cancellationToken);

    public async Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken)
    {
        if (statistics.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var ids = statistics.Select(s => s.ListenerId).ToList();
        var owners = await db.Listeners.AsNoTracking().Where(l => ids.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.LoadBalancerId, cancellationToken);
        var existing = await db.ListenerStatistics.Where(s => ids.Contains(s.ListenerId)).ToDictionaryAsync(s => s.ListenerId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var s in statistics)
        {
            if (!owners.TryGetValue(s.ListenerId, out var lbId))
            {
                continue;
            }

            if (!existing.TryGetValue(s.ListenerId, out var row))
            {
                row = new ListenerStatisticsEntity { ListenerId = s.ListenerId };
                db.ListenerStatistics.Add(row);
                existing[s.ListenerId] = row;
            }

            row.LoadBalancerId = lbId;
            row.ActiveConnections = s.ActiveConnections;
            row.BytesIn = s.BytesIn;
            row.BytesOut = s.BytesOut;
            row.RequestErrors = s.RequestErrors;
            row.TotalConnections = s.TotalConnections;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => Task.FromResult<Guid?>(id), g => ProviderModelMapper.ToModel(g), cancellationToken);

    public Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.Listeners, id, l => l.LoadBalancerId, cancellationToken),
            g => g.Listeners.FirstOrDefault(x => x.Id == id) is { } l ? ProviderModelMapper.ToModel(g, l) : null, cancellationToken);

    public Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.Pools, id, p => p.LoadBalancerId, cancellationToken),
            g => g.Pools.FirstOrDefault(x => x.Id == id) is { } p ? ProviderModelMapper.ToModel(g, p) : null, cancellationToken);

    public Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.Members, id, m => m.LoadBalancerId, cancellationToken),
            g => g.Members.FirstOrDefault(x => x.Id == id) is { } m ? ProviderModelMapper.ToModel(m) : null, cancellationToken);

    public Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.HealthMonitors, id, h => h.LoadBalancerId, cancellationToken),
            g => g.HealthMonitors.FirstOrDefault(x => x.Id == id) is { } h ? ProviderModelMapper.ToModel(h) : null, cancellationToken);

    public Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.L7Policies, id, p => p.LoadBalancerId, cancellationToken),
            g => g.L7Policies.FirstOrDefault(x => x.Id == id) is { } p ? ProviderModelMapper.ToModel(g, p) : null, cancellationToken);

    public Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken) =>
        WithGraphAsync(db => OwnerAsync(db.L7Rules, id, r => r.LoadBalancerId, cancellationToken),
            g => g.L7Rules.FirstOrDefault(x => x.Id == id) is { } r ? ProviderModelMapper.ToModel(r) : null, cancellationToken);

    private static async Task<Guid?> OwnerAsync<T>(IQueryable<T> rows, Guid id, System.Linq.Expressions.Expression<Func<T, Guid>> owner,
        CancellationToken cancellationToken)
        where T : ProvisionedEntity
    {
        var found = await rows.AsNoTracking().Where(e => e.Id == id).Select(owner).ToListAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<T?> WithGraphAsync<T>(Func<LbaasDbContext, Task<Guid?>> findOwner, Func<LoadBalancerGraph, T?> select,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        if (await findOwner(db) is not { } lbId)
        {
            return null;
        }

        var graph = await LoadBalancerGraph.LoadAsync(db, lbId, cancellationToken);
        return graph is null ? null : select(graph);
    }
}
