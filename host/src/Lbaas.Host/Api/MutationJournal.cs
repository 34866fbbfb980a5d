using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api;

/// <summary>Records what one mutation changed, so a failed driver call can be rolled back (501) or marked ERROR (500).</summary>
/// <remarks>
/// Compensation runs in a fresh context after the mutation committed. Every write is conditional on the row still being
/// in the state this request left it in, so a status the driver already reported is never overwritten.
/// </remarks>
public sealed class MutationJournal(TimeProvider time)
{
    private readonly List<Func<LbaasDbContext, CancellationToken, Task>> _rollback = [];
    private readonly List<Func<LbaasDbContext, CancellationToken, Task>> _error = [];
    private readonly List<(string ProjectId, QuotaDemand Demand)> _reserved = [];

    /// <summary>Moves a load balancer to <paramref name="newStatus"/> if its status is one of <paramref name="allowed"/>.</summary>
    /// <returns>The previous status, or <see langword="null"/> when the load balancer is absent, deleted or not in an allowed state.</returns>
    /// <param name="db">The request's context, inside its transaction.</param>
    /// <param name="id">The load balancer.</param>
    /// <param name="allowed">The statuses the load balancer may be in.</param>
    /// <param name="newStatus">The status to set.</param>
    /// <param name="asParent">Whether the load balancer is a parent of the changed object (compensation sets it back to ACTIVE) or the object itself (ERROR on a driver error).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<string?> TryLockLoadBalancerAsync(LbaasDbContext db, Guid id, IReadOnlyList<string> allowed, string newStatus,
        bool asParent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var previous in allowed)
        {
            var changed = await db.LoadBalancers.Where(lb => lb.Id == id && lb.ProvisioningStatus == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(lb => lb.ProvisioningStatus, newStatus).SetProperty(lb => lb.UpdatedAt, now),
                    cancellationToken);
            if (changed == 1)
            {
                if (asParent)
                {
                    RecordParent<LoadBalancerEntity>(id, previous);
                }
                else
                {
                    RecordStatusChange<LoadBalancerEntity>(id, previous, newStatus);
                }

                return previous;
            }
        }

        return null;
    }

    /// <summary>Sets parents (listeners, pools, policies) to PENDING_UPDATE and remembers their previous statuses.</summary>
    public async Task MarkParentsAsync<T>(LbaasDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
        where T : ProvisionedEntity
    {
        var idList = ids.Distinct().ToList();
        if (idList.Count == 0)
        {
            return;
        }

        var previous = await db.Set<T>().Where(e => idList.Contains(e.Id))
            .Select(e => new { e.Id, e.ProvisioningStatus }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<T>().Where(e => idList.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, ProvisioningStatuses.PendingUpdate)
                .SetProperty(e => e.UpdatedAt, now), cancellationToken);
        foreach (var p in previous)
        {
            RecordParent<T>(p.Id, p.ProvisioningStatus);
        }
    }

    private void RecordParent<T>(Guid id, string previous)
        where T : ProvisionedEntity
    {
        _rollback.Add((db, ct) => SetIfAsync<T>(db, id, ProvisioningStatuses.PendingUpdate, previous, ct));
        _error.Add((db, ct) => SetIfAsync<T>(db, id, ProvisioningStatuses.PendingUpdate, ProvisioningStatuses.Active, ct));
    }

    /// <summary>Records a row this request inserted (removed on rollback).</summary>
    public void Created<T>(Guid id)
        where T : ProvisionedEntity
    {
        _rollback.Add((db, ct) => db.Set<T>().Where(e => e.Id == id).ExecuteDeleteAsync(ct));
        _error.Add((db, ct) => SetIfAsync<T>(db, id, ProvisioningStatuses.PendingCreate, ProvisioningStatuses.Error, ct));
    }

    /// <summary>Records a row this request changed; <paramref name="original"/> is a detached copy of its previous values.</summary>
    public void Updated<T>(T original)
        where T : ProvisionedEntity
    {
        var id = original.Id;
        _rollback.Add(async (db, ct) =>
        {
            var row = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, ct);
            if (row is not null && row.ProvisioningStatus == ProvisioningStatuses.PendingUpdate)
            {
                db.Entry(row).CurrentValues.SetValues(original);
                await db.SaveChangesAsync(ct);
            }
        });
        _error.Add((db, ct) => SetIfAsync<T>(db, id, ProvisioningStatuses.PendingUpdate, ProvisioningStatuses.Error, ct));
    }

    /// <summary>Records a status change of the object itself (delete, failover).</summary>
    public void RecordStatusChange<T>(Guid id, string previous, string pending)
        where T : ProvisionedEntity
    {
        _rollback.Add((db, ct) => SetIfAsync<T>(db, id, pending, previous, ct));
        _error.Add((db, ct) => SetIfAsync<T>(db, id, pending, ProvisioningStatuses.Error, ct));
    }

    /// <summary>Checks and reserves quota inside the caller's transaction, and remembers it so a rollback gives it back.</summary>
    /// <exception cref="ApiException">403 when the quota is met.</exception>
    public async Task ReserveAsync(IQuotaChecker quotas, LbaasDbContext db, string projectId, QuotaDemand demand, CancellationToken cancellationToken)
    {
        await quotas.CheckAndReserveAsync(db, projectId, demand, cancellationToken);
        _reserved.Add((projectId, demand));
    }

    /// <summary>Undoes the mutation (driver refused with 501) or marks it failed (driver error, 500).</summary>
    public async Task CompensateAsync(IServiceScopeFactory scopes, bool rollback, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var actions = rollback ? _rollback.AsEnumerable().Reverse() : _error;
        foreach (var action in actions)
        {
            await action(db, cancellationToken);
        }

        if (rollback && _reserved.Count > 0)
        {
            var quotas = scope.ServiceProvider.GetRequiredService<IQuotaChecker>();
            foreach (var (projectId, demand) in _reserved)
            {
                await quotas.ReleaseAsync(db, projectId, demand, cancellationToken);
            }
        }

        await tx.CommitAsync(cancellationToken);
    }

    private Task<int> SetIfAsync<T>(LbaasDbContext db, Guid id, string expected, string status, CancellationToken ct)
        where T : ProvisionedEntity
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<T>().Where(e => e.Id == id && e.ProvisioningStatus == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvisioningStatus, status).SetProperty(e => e.UpdatedAt, now), ct);
    }
}
