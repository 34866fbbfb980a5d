using Lbaas.Drivers.Noop.Faults;
using Lbaas.Drivers.Noop.Status;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Model;

/// <summary>Holds what the noop driver knows of one load balancer and its children, and applies each operation to it.</summary>
/// <remarks>
/// Not thread-safe on its own: <see cref="NoopModel"/> serialises every access. Records are kept flat (children
/// stripped) and each operation writes the statuses it owes the host into a <see cref="StatusUpdateBuilder"/>. The
/// last status decided for each object, reported or not, is remembered for the status query.
/// </remarks>
internal sealed class NoopLoadBalancerState
{
    private readonly Dictionary<Guid, Listener> _listeners = [];
    private readonly Dictionary<Guid, Pool> _pools = [];
    private readonly Dictionary<Guid, Member> _members = [];
    private readonly Dictionary<Guid, HealthMonitor> _healthMonitors = [];
    private readonly Dictionary<Guid, L7Policy> _policies = [];
    private readonly Dictionary<Guid, L7Rule> _rules = [];
    private readonly List<Amphora> _amphorae = [];
    private readonly Dictionary<(StatusObjectKind Kind, Guid Id), StatusEntry> _statuses = [];
    private int _calls;

    public NoopLoadBalancerState(LoadBalancer loadBalancer, NoopFaultPlan faults)
    {
        LoadBalancer = Strip(loadBalancer);
        Faults = faults;
    }

    public LoadBalancer LoadBalancer { get; private set; }

    public NoopFaultPlan Faults { get; }

    public IReadOnlyCollection<Listener> Listeners => _listeners.Values;

    public IReadOnlyList<Amphora> Amphorae => _amphorae;

    /// <summary>Counts a driver call for this load balancer and returns its 1-based number.</summary>
    public int NextCall() => ++_calls;

    public bool Owns(StatusObjectKind kind, Guid id) => kind switch
    {
        StatusObjectKind.LoadBalancer => id == LoadBalancer.Id,
        StatusObjectKind.Listener => _listeners.ContainsKey(id),
        StatusObjectKind.Pool => _pools.ContainsKey(id),
        StatusObjectKind.Member => _members.ContainsKey(id),
        StatusObjectKind.HealthMonitor => _healthMonitors.ContainsKey(id),
        StatusObjectKind.L7Policy => _policies.ContainsKey(id),
        StatusObjectKind.L7Rule => _rules.ContainsKey(id),
        _ => false,
    };

    public bool OwnsAmphora(Guid amphoraId) => _amphorae.Exists(a => a.Id == amphoraId);

    /// <summary>Remembers the statuses an operation decided; a status left unset keeps the one remembered before.</summary>
    public void Remember(IEnumerable<(StatusObjectKind Kind, StatusEntry Entry)> entries)
    {
        foreach (var (kind, entry) in entries)
        {
            _statuses[(kind, entry.Id)] = _statuses.TryGetValue((kind, entry.Id), out var known)
                ? new StatusEntry(entry.Id, entry.ProvisioningStatus ?? known.ProvisioningStatus, entry.OperatingStatus ?? known.OperatingStatus)
                : entry;
        }
    }

    /// <summary>Describes every object with the status last decided for it, deleted ones included.</summary>
    public StatusUpdate DescribeStatus() => StatusUpdateBuilder.Compose(_statuses.Select(s => (s.Key.Kind, s.Value)));

    public void AddGraph(LoadBalancer graph, StatusUpdateBuilder status)
    {
        LoadBalancer = Strip(graph);
        status.Active(StatusObjectKind.LoadBalancer, graph.Id, Operating(graph.AdminStateUp));
        foreach (var pool in graph.Pools)
        {
            AddPool(pool, status);
        }

        foreach (var listener in graph.Listeners)
        {
            AddListener(listener, status);
        }
    }

    public void UpdateLoadBalancer(LoadBalancer updated, StatusUpdateBuilder status)
    {
        LoadBalancer = Strip(updated);
        status.Active(StatusObjectKind.LoadBalancer, updated.Id, Operating(updated.AdminStateUp));
    }

    public void DeleteAll(StatusUpdateBuilder status)
    {
        foreach (var id in _rules.Keys)
        {
            status.Deleted(StatusObjectKind.L7Rule, id);
        }

        foreach (var id in _policies.Keys)
        {
            status.Deleted(StatusObjectKind.L7Policy, id);
        }

        foreach (var id in _members.Keys)
        {
            status.Deleted(StatusObjectKind.Member, id);
        }

        foreach (var id in _healthMonitors.Keys)
        {
            status.Deleted(StatusObjectKind.HealthMonitor, id);
        }

        foreach (var id in _pools.Keys)
        {
            status.Deleted(StatusObjectKind.Pool, id);
        }

        foreach (var id in _listeners.Keys)
        {
            status.Deleted(StatusObjectKind.Listener, id);
        }

        status.Deleted(StatusObjectKind.LoadBalancer, LoadBalancer.Id);
        _rules.Clear();
        _policies.Clear();
        _members.Clear();
        _healthMonitors.Clear();
        _pools.Clear();
        _listeners.Clear();
        _amphorae.Clear();
    }

    public void Failover(StatusUpdateBuilder status, TimeProvider time)
    {
        var replaced = _amphorae.Select(a => a with { Id = Guid.NewGuid(), CreatedAt = time.GetUtcNow(), UpdatedAt = null }).ToList();
        _amphorae.Clear();
        _amphorae.AddRange(replaced);
        status.Active(StatusObjectKind.LoadBalancer, LoadBalancer.Id, Operating(LoadBalancer.AdminStateUp));
    }

    public void AllocateAmphorae(Topology topology, TimeProvider time)
    {
        if (_amphorae.Count > 0)
        {
            return;
        }

        var zone = LoadBalancer.AvailabilityZoneMetadata.TryGetValue(NoopMetadataKeys.ComputeZone, out var z) ? z.GetString() : null;
        string[] roles = topology == Topology.ActiveStandby ? ["MASTER", "BACKUP"] : ["STANDALONE"];
        foreach (var role in roles)
        {
            _amphorae.Add(new Amphora
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = LoadBalancer.Id,
                Status = "ALLOCATED",
                Role = role,
                HaIp = LoadBalancer.Vip.Address,
                HaPortId = LoadBalancer.Vip.PortId,
                CachedZone = zone,
                ComputeFlavor = "noop",
                CreatedAt = time.GetUtcNow(),
            });
        }
    }

    public void FailoverAmphora(Guid amphoraId, StatusUpdateBuilder status, TimeProvider time)
    {
        var index = _amphorae.FindIndex(a => a.Id == amphoraId);
        if (index >= 0)
        {
            _amphorae[index] = _amphorae[index] with { Id = Guid.NewGuid(), CreatedAt = time.GetUtcNow(), UpdatedAt = null };
        }

        status.Active(StatusObjectKind.LoadBalancer, LoadBalancer.Id, Operating(LoadBalancer.AdminStateUp));
    }

    public void AddListener(Listener listener, StatusUpdateBuilder status)
    {
        _listeners[listener.Id] = listener with { DefaultPool = null, L7Policies = [] };
        status.Active(StatusObjectKind.Listener, listener.Id, Operating(listener.AdminStateUp));
        if (listener.DefaultPool is { } pool)
        {
            AddPool(pool, status);
        }

        foreach (var policy in listener.L7Policies)
        {
            AddPolicy(policy, status);
        }

        ReportLoadBalancerAsParent(status);
    }

    public void UpdateListener(Listener listener, StatusUpdateBuilder status)
    {
        _listeners[listener.Id] = listener with { DefaultPool = null, L7Policies = [] };
        status.Active(StatusObjectKind.Listener, listener.Id, Operating(listener.AdminStateUp));
        ReportLoadBalancerAsParent(status);
    }

    public void DeleteListener(Guid listenerId, StatusUpdateBuilder status)
    {
        foreach (var policy in _policies.Values.Where(p => p.ListenerId == listenerId).ToList())
        {
            RemovePolicy(policy.Id, status);
        }

        _listeners.Remove(listenerId);
        status.Deleted(StatusObjectKind.Listener, listenerId);
        ReportLoadBalancerAsParent(status);
    }

    public void AddPool(Pool pool, StatusUpdateBuilder status)
    {
        _pools[pool.Id] = pool with { Members = [], HealthMonitor = null };
        status.Active(StatusObjectKind.Pool, pool.Id, Operating(pool.AdminStateUp));
        if (pool.HealthMonitor is { } monitor)
        {
            _healthMonitors[monitor.Id] = monitor;
            status.Active(StatusObjectKind.HealthMonitor, monitor.Id, Operating(monitor.AdminStateUp));
        }

        foreach (var member in pool.Members)
        {
            _members[member.Id] = member;
        }

        ReportMembers(pool.Id, status);
        ReportPoolParents(pool.Id, status);
    }

    public void UpdatePool(Pool pool, StatusUpdateBuilder status)
    {
        _pools[pool.Id] = pool with { Members = [], HealthMonitor = null };
        status.Active(StatusObjectKind.Pool, pool.Id, Operating(pool.AdminStateUp));
        ReportPoolParents(pool.Id, status);
    }

    public void DeletePool(Guid poolId, StatusUpdateBuilder status)
    {
        ReportPoolParents(poolId, status);
        foreach (var member in _members.Values.Where(m => m.PoolId == poolId).ToList())
        {
            _members.Remove(member.Id);
            status.Deleted(StatusObjectKind.Member, member.Id);
        }

        foreach (var monitor in _healthMonitors.Values.Where(m => m.PoolId == poolId).ToList())
        {
            _healthMonitors.Remove(monitor.Id);
            status.Deleted(StatusObjectKind.HealthMonitor, monitor.Id);
        }

        foreach (var listener in _listeners.Values.Where(l => l.DefaultPoolId == poolId).ToList())
        {
            _listeners[listener.Id] = listener with { DefaultPoolId = null };
        }

        _pools.Remove(poolId);
        status.Deleted(StatusObjectKind.Pool, poolId);
    }

    public void UpsertMember(Member member, StatusUpdateBuilder status)
    {
        _members[member.Id] = member;
        status.Active(StatusObjectKind.Member, member.Id, MemberOperating(member));
        ReportPoolAsParent(member.PoolId, status);
    }

    public void DeleteMember(Guid memberId, Guid poolId, StatusUpdateBuilder status)
    {
        _members.Remove(memberId);
        status.Deleted(StatusObjectKind.Member, memberId);
        ReportPoolAsParent(poolId, status);
    }

    public void ReplaceMembers(Pool pool, IReadOnlyList<Member> desired, StatusUpdateBuilder status)
    {
        var wanted = desired.Select(m => m.Id).ToHashSet();
        foreach (var gone in _members.Values.Where(m => m.PoolId == pool.Id && !wanted.Contains(m.Id)).ToList())
        {
            _members.Remove(gone.Id);
            status.Deleted(StatusObjectKind.Member, gone.Id);
        }

        if (!_pools.ContainsKey(pool.Id))
        {
            _pools[pool.Id] = pool with { Members = [], HealthMonitor = null };
        }

        foreach (var member in desired)
        {
            _members[member.Id] = member with { PoolId = pool.Id };
            status.Active(StatusObjectKind.Member, member.Id, MemberOperating(member));
        }

        ReportPoolAsParent(pool.Id, status);
    }

    public void UpsertHealthMonitor(HealthMonitor monitor, StatusUpdateBuilder status)
    {
        _healthMonitors[monitor.Id] = monitor;
        status.Active(StatusObjectKind.HealthMonitor, monitor.Id, Operating(monitor.AdminStateUp));
        ReportMembers(monitor.PoolId, status);
        ReportPoolAsParent(monitor.PoolId, status);
    }

    public void DeleteHealthMonitor(Guid monitorId, Guid poolId, StatusUpdateBuilder status)
    {
        _healthMonitors.Remove(monitorId);
        status.Deleted(StatusObjectKind.HealthMonitor, monitorId);
        ReportMembers(poolId, status);
        ReportPoolAsParent(poolId, status);
    }

    public void AddPolicy(L7Policy policy, StatusUpdateBuilder status)
    {
        _policies[policy.Id] = policy with { Rules = [] };
        status.Active(StatusObjectKind.L7Policy, policy.Id, Operating(policy.AdminStateUp));
        foreach (var rule in policy.Rules)
        {
            _rules[rule.Id] = rule;
            status.Active(StatusObjectKind.L7Rule, rule.Id, Operating(rule.AdminStateUp));
        }

        ReportListenerAsParent(policy.ListenerId, status);
    }

    public void UpdatePolicy(L7Policy policy, StatusUpdateBuilder status)
    {
        _policies[policy.Id] = policy with { Rules = [] };
        status.Active(StatusObjectKind.L7Policy, policy.Id, Operating(policy.AdminStateUp));
        ReportListenerAsParent(policy.ListenerId, status);
    }

    public void DeletePolicy(Guid policyId, Guid listenerId, StatusUpdateBuilder status)
    {
        RemovePolicy(policyId, status);
        ReportListenerAsParent(listenerId, status);
    }

    public void UpsertRule(L7Rule rule, StatusUpdateBuilder status)
    {
        _rules[rule.Id] = rule;
        status.Active(StatusObjectKind.L7Rule, rule.Id, Operating(rule.AdminStateUp));
        ReportPolicyAsParent(rule.L7PolicyId, status);
    }

    public void DeleteRule(Guid ruleId, Guid policyId, StatusUpdateBuilder status)
    {
        _rules.Remove(ruleId);
        status.Deleted(StatusObjectKind.L7Rule, ruleId);
        ReportPolicyAsParent(policyId, status);
    }

    public Guid? PoolOfMember(Guid memberId) => _members.TryGetValue(memberId, out var m) ? m.PoolId : null;

    public Guid? ListenerOfPolicy(Guid policyId) => _policies.TryGetValue(policyId, out var p) ? p.ListenerId : null;

    private static OperatingStatus Operating(bool adminStateUp) => adminStateUp ? OperatingStatus.Online : OperatingStatus.Offline;

    private static LoadBalancer Strip(LoadBalancer loadBalancer) => loadBalancer with { Listeners = [], Pools = [] };

    // Members are ONLINE only when an enabled monitor watches them; without one nobody knows, hence NO_MONITOR.
    private OperatingStatus MemberOperating(Member member) =>
        !member.AdminStateUp ? OperatingStatus.Offline
        : _healthMonitors.Values.Any(m => m.PoolId == member.PoolId && m.AdminStateUp) ? OperatingStatus.Online
        : OperatingStatus.NoMonitor;

    private void ReportMembers(Guid poolId, StatusUpdateBuilder status)
    {
        foreach (var member in _members.Values.Where(m => m.PoolId == poolId))
        {
            status.Active(StatusObjectKind.Member, member.Id, MemberOperating(member));
        }
    }

    private void RemovePolicy(Guid policyId, StatusUpdateBuilder status)
    {
        foreach (var rule in _rules.Values.Where(r => r.L7PolicyId == policyId).ToList())
        {
            _rules.Remove(rule.Id);
            status.Deleted(StatusObjectKind.L7Rule, rule.Id);
        }

        _policies.Remove(policyId);
        status.Deleted(StatusObjectKind.L7Policy, policyId);
    }

    private void ReportLoadBalancerAsParent(StatusUpdateBuilder status) =>
        status.Parent(StatusObjectKind.LoadBalancer, LoadBalancer.Id, Operating(LoadBalancer.AdminStateUp));

    private void ReportListenerAsParent(Guid listenerId, StatusUpdateBuilder status)
    {
        var up = !_listeners.TryGetValue(listenerId, out var listener) || listener.AdminStateUp;
        status.Parent(StatusObjectKind.Listener, listenerId, Operating(up));
        ReportLoadBalancerAsParent(status);
    }

    private void ReportPoolParents(Guid poolId, StatusUpdateBuilder status)
    {
        var pool = _pools.GetValueOrDefault(poolId);
        foreach (var listener in _listeners.Values.Where(l => l.DefaultPoolId == poolId || l.Id == pool?.ListenerId))
        {
            status.Parent(StatusObjectKind.Listener, listener.Id, Operating(listener.AdminStateUp));
        }

        ReportLoadBalancerAsParent(status);
    }

    private void ReportPoolAsParent(Guid poolId, StatusUpdateBuilder status)
    {
        var up = !_pools.TryGetValue(poolId, out var pool) || pool.AdminStateUp;
        status.Parent(StatusObjectKind.Pool, poolId, Operating(up));
        ReportPoolParents(poolId, status);
    }

    private void ReportPolicyAsParent(Guid policyId, StatusUpdateBuilder status)
    {
        var policy = _policies.GetValueOrDefault(policyId);
        status.Parent(StatusObjectKind.L7Policy, policyId, Operating(policy?.AdminStateUp ?? true));
        if (policy is not null)
        {
            ReportListenerAsParent(policy.ListenerId, status);
        }
        else
        {
            ReportLoadBalancerAsParent(status);
        }
    }
}
