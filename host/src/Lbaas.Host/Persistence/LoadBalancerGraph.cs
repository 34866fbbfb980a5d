using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

/// <summary>Holds one load balancer and every child row, read in one pass (one query per table, no N+1).</summary>
public sealed class LoadBalancerGraph
{
    private LoadBalancerGraph(LoadBalancerEntity loadBalancer, List<ListenerEntity> listeners, List<PoolEntity> pools,
        List<MemberEntity> members, List<HealthMonitorEntity> healthMonitors, List<L7PolicyEntity> policies, List<L7RuleEntity> rules)
    {
        LoadBalancer = loadBalancer;
        Listeners = listeners;
        Pools = pools;
        Members = members;
        HealthMonitors = healthMonitors;
        L7Policies = policies;
        L7Rules = rules;
    }

    public LoadBalancerEntity LoadBalancer { get; }

    /// <summary>Builds a graph from rows already in memory (a create that has not been read back).</summary>
    public static LoadBalancerGraph Of(LoadBalancerEntity loadBalancer, List<ListenerEntity>? listeners = null, List<PoolEntity>? pools = null,
        List<MemberEntity>? members = null, List<HealthMonitorEntity>? healthMonitors = null, List<L7PolicyEntity>? policies = null,
        List<L7RuleEntity>? rules = null) =>
        new(loadBalancer, listeners ?? [], pools ?? [], members ?? [], healthMonitors ?? [], policies ?? [], rules ?? []);

    public List<ListenerEntity> Listeners { get; }

    public List<PoolEntity> Pools { get; }

    public List<MemberEntity> Members { get; }

    public List<HealthMonitorEntity> HealthMonitors { get; }

    public List<L7PolicyEntity> L7Policies { get; }

    public List<L7RuleEntity> L7Rules { get; }

    /// <summary>Reads the graph without tracking; <see langword="null"/> when the load balancer is absent or DELETED.</summary>
    public static async Task<LoadBalancerGraph?> LoadAsync(LbaasDbContext db, Guid loadBalancerId, CancellationToken cancellationToken)
    {
        var lb = await db.LoadBalancers.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Id == loadBalancerId && l.ProvisioningStatus != ProvisioningStatuses.Deleted, cancellationToken);
        if (lb is null)
        {
            return null;
        }

        var listeners = await db.Listeners.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId)
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        var pools = await db.Pools.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId)
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId)
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        var hms = await db.HealthMonitors.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId).ToListAsync(cancellationToken);
        var policies = await db.L7Policies.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId)
            .OrderBy(x => x.Position).ToListAsync(cancellationToken);
        var rules = await db.L7Rules.AsNoTracking().Where(x => x.LoadBalancerId == loadBalancerId)
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        return new LoadBalancerGraph(lb, listeners, pools, members, hms, policies, rules);
    }

    public IEnumerable<MemberEntity> MembersOf(Guid poolId) => Members.Where(m => m.PoolId == poolId);

    public HealthMonitorEntity? HealthMonitorOf(Guid poolId) => HealthMonitors.FirstOrDefault(h => h.PoolId == poolId);

    public IEnumerable<L7PolicyEntity> PoliciesOf(Guid listenerId) => L7Policies.Where(p => p.ListenerId == listenerId);

    public IEnumerable<L7RuleEntity> RulesOf(Guid policyId) => L7Rules.Where(r => r.L7PolicyId == policyId);

    /// <summary>Lists the pools a listener uses: its default pool plus redirect pools of enabled policies with rules.</summary>
    public IEnumerable<Guid> PoolIdsOf(ListenerEntity listener)
    {
        var seen = new HashSet<Guid>();
        if (listener.DefaultPoolId is { } d && seen.Add(d))
        {
            yield return d;
        }

        foreach (var p in PoliciesOf(listener.Id))
        {
            if (p.RedirectPoolId is { } r && p.AdminStateUp && RulesOf(p.Id).Any() && seen.Add(r))
            {
                yield return r;
            }
        }
    }

    /// <summary>Lists the listeners using a pool (as default pool, or through an enabled policy with rules).</summary>
    public IEnumerable<Guid> ListenerIdsOf(Guid poolId) =>
        Listeners.Where(l => PoolIdsOf(l).Contains(poolId)).Select(l => l.Id);
}
