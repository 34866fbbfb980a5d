using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api;

/// <summary>Holds the id relations responses need (a listener's policies, a pool's listeners, members and monitor...), read with one query per table.</summary>
public sealed class RelationIndex
{
    private readonly ILookup<Guid, Guid> _policiesByListener;
    private readonly ILookup<Guid, Guid> _rulesByPolicy;
    private readonly ILookup<Guid, Guid> _membersByPool;
    private readonly Dictionary<Guid, Guid> _monitorByPool;
    private readonly ILookup<Guid, Guid> _listenersByPool;

    private RelationIndex(ILookup<Guid, Guid> policiesByListener, ILookup<Guid, Guid> rulesByPolicy, ILookup<Guid, Guid> membersByPool,
        Dictionary<Guid, Guid> monitorByPool, ILookup<Guid, Guid> listenersByPool)
    {
        _policiesByListener = policiesByListener;
        _rulesByPolicy = rulesByPolicy;
        _membersByPool = membersByPool;
        _monitorByPool = monitorByPool;
        _listenersByPool = listenersByPool;
    }

    /// <summary>Reads the relations of the given load balancers.</summary>
    public static async Task<RelationIndex> LoadAsync(LbaasDbContext db, IReadOnlyCollection<Guid> loadBalancerIds, CancellationToken ct)
    {
        var ids = loadBalancerIds.Distinct().ToList();
        var listeners = await db.Listeners.AsNoTracking().Where(l => ids.Contains(l.LoadBalancerId))
            .OrderBy(l => l.CreatedAt).Select(l => new ListenerRow(l.Id, l.DefaultPoolId)).ToListAsync(ct);
        var policies = await db.L7Policies.AsNoTracking().Where(p => ids.Contains(p.LoadBalancerId)).OrderBy(p => p.Position)
            .Select(p => new PolicyRow(p.Id, p.ListenerId, p.RedirectPoolId, p.AdminStateUp)).ToListAsync(ct);
        var rules = await db.L7Rules.AsNoTracking().Where(r => ids.Contains(r.LoadBalancerId)).OrderBy(r => r.CreatedAt)
            .Select(r => new ChildRow(r.Id, r.L7PolicyId)).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.LoadBalancerId)).OrderBy(m => m.CreatedAt)
            .Select(m => new ChildRow(m.Id, m.PoolId)).ToListAsync(ct);
        var monitors = await db.HealthMonitors.AsNoTracking().Where(h => ids.Contains(h.LoadBalancerId))
            .Select(h => new ChildRow(h.Id, h.PoolId)).ToListAsync(ct);
        return Build(listeners, policies, rules, members, monitors);
    }

    /// <summary>Indexes a graph already in memory (a fully populated create before it is read back).</summary>
    public static RelationIndex Of(LoadBalancerGraph graph) => Build(
        graph.Listeners.Select(l => new ListenerRow(l.Id, l.DefaultPoolId)).ToList(),
        graph.L7Policies.Select(p => new PolicyRow(p.Id, p.ListenerId, p.RedirectPoolId, p.AdminStateUp)).ToList(),
        graph.L7Rules.Select(r => new ChildRow(r.Id, r.L7PolicyId)).ToList(),
        graph.Members.Select(m => new ChildRow(m.Id, m.PoolId)).ToList(),
        graph.HealthMonitors.Select(h => new ChildRow(h.Id, h.PoolId)).ToList());

    private static RelationIndex Build(List<ListenerRow> listeners, List<PolicyRow> policies, List<ChildRow> rules, List<ChildRow> members,
        List<ChildRow> monitors)
    {
        var rulesByPolicy = rules.ToLookup(r => r.ParentId, r => r.Id);
        var poolListeners = listeners.Where(l => l.DefaultPoolId is not null).Select(l => (Pool: l.DefaultPoolId!.Value, Listener: l.Id))
            .Concat(policies.Where(p => p.RedirectPoolId is not null && p.AdminStateUp && rulesByPolicy[p.Id].Any())
                .Select(p => (Pool: p.RedirectPoolId!.Value, Listener: p.ListenerId)))
            .Distinct();
        return new RelationIndex(policies.ToLookup(p => p.ListenerId, p => p.Id), rulesByPolicy, members.ToLookup(m => m.ParentId, m => m.Id),
            monitors.ToDictionary(m => m.ParentId, m => m.Id), poolListeners.ToLookup(x => x.Pool, x => x.Listener));
    }

    public IdRefs PoliciesOf(Guid listenerId) => new(_policiesByListener[listenerId].ToList());

    public IdRefs RulesOf(Guid policyId) => new(_rulesByPolicy[policyId].ToList());

    public IdRefs MembersOf(Guid poolId) => new(_membersByPool[poolId].ToList());

    public Guid? MonitorOf(Guid poolId) => _monitorByPool.TryGetValue(poolId, out var id) ? id : null;

    public IdRefs ListenersOf(Guid poolId) => new(_listenersByPool[poolId].ToList());

    private sealed record ListenerRow(Guid Id, Guid? DefaultPoolId);

    private sealed record PolicyRow(Guid Id, Guid ListenerId, Guid? RedirectPoolId, bool AdminStateUp);

    private sealed record ChildRow(Guid Id, Guid ParentId);
}
