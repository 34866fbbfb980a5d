using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api;

/// <summary>Takes the per-load-balancer lock a child mutation needs and checks the parents are not busy.</summary>
public static class ChildLocks
{
    /// <summary>Moves the load balancer ACTIVE → PENDING_UPDATE or raises 409 <c>Load Balancer &lt;id&gt; is immutable and cannot be updated.</c></summary>
    public static async Task LockLoadBalancerAsync(LbaasDbContext db, MutationJournal journal, Guid loadBalancerId, CancellationToken ct)
    {
        if (await journal.TryLockLoadBalancerAsync(db, loadBalancerId, [ProvisioningStatuses.Active], ProvisioningStatuses.PendingUpdate,
                asParent: true, ct) is null)
        {
            throw ApiException.Immutable(ResourceNames.LoadBalancer, loadBalancerId);
        }
    }

    /// <summary>Raises 409 <c>&lt;Resource&gt; &lt;id&gt; is immutable ...</c> when a parent is PENDING_* .</summary>
    public static void RequireNotPending(ProvisionedEntity parent, string resource)
    {
        if (ProvisioningStatuses.IsPending(parent.ProvisioningStatus))
        {
            throw ApiException.Immutable(resource, parent.Id);
        }
    }

    /// <summary>Raises 409 when the object itself is PENDING_* (updates and deletes of children).</summary>
    public static async Task RequireSettledAsync<T>(LbaasDbContext db, Guid id, string resource, CancellationToken ct)
        where T : ProvisionedEntity
    {
        var status = await db.Set<T>().Where(e => e.Id == id).Select(e => e.ProvisioningStatus).FirstOrDefaultAsync(ct);
        if (status is not null && ProvisioningStatuses.IsPending(status))
        {
            throw ApiException.Immutable(resource, id);
        }
    }

    /// <summary>Locks for a change under a pool: the load balancer, the pool's listeners and the pool go PENDING_UPDATE.</summary>
    public static async Task LockPoolChildAsync(LbaasDbContext db, MutationJournal journal, LoadBalancerGraph graph, PoolEntity pool,
        CancellationToken ct)
    {
        RequireNotPending(graph.Pools.FirstOrDefault(p => p.Id == pool.Id) ?? pool, ResourceNames.Pool);
        await LockLoadBalancerAsync(db, journal, graph.LoadBalancer.Id, ct);
        await journal.MarkParentsAsync<ListenerEntity>(db, graph.ListenerIdsOf(pool.Id), ct);
        await journal.MarkParentsAsync<PoolEntity>(db, [pool.Id], ct);
    }
}
