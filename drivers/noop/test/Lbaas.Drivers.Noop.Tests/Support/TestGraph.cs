using System.Collections.Frozen;
using System.Net;
using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Tests.Support;

/// <summary>Builds load balancer graphs for the behaviour suite, each object with a fresh ID.</summary>
public static class TestGraph
{
    public const string Project = "project-a";

    public static IReadOnlyDictionary<string, JsonElement> Flavor(params (string Key, object Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Key, e => JsonSerializer.SerializeToElement(e.Value));

    public static LoadBalancer LoadBalancer(IReadOnlyDictionary<string, JsonElement>? flavor = null) => new()
    {
        Id = Guid.NewGuid(),
        ProjectId = Project,
        Name = "lb",
        Vip = new Vip { Address = IPAddress.Parse("192.0.2.5"), NetworkId = InMemoryNetworkClient.NetworkId, SubnetId = InMemoryNetworkClient.SubnetId, PortId = Guid.NewGuid() },
        Flavor = flavor ?? EmptyMetadata.Instance,
    };

    public static Listener Listener(Guid loadBalancerId, int port = 80) => new()
    {
        Id = Guid.NewGuid(),
        LoadBalancerId = loadBalancerId,
        ProjectId = Project,
        Protocol = Protocol.Http,
        ProtocolPort = port,
    };

    public static Pool Pool(Guid loadBalancerId, Guid? listenerId = null) => new()
    {
        Id = Guid.NewGuid(),
        LoadBalancerId = loadBalancerId,
        ListenerId = listenerId,
        ProjectId = Project,
        Protocol = Protocol.Http,
        LbAlgorithm = LoadBalancingAlgorithm.RoundRobin,
    };

    public static Member Member(Guid poolId, int host = 10) => new()
    {
        Id = Guid.NewGuid(),
        PoolId = poolId,
        ProjectId = Project,
        Address = IPAddress.Parse($"203.0.113.{host}"),
        ProtocolPort = 8080,
    };

    public static HealthMonitor HealthMonitor(Guid poolId) => new()
    {
        Id = Guid.NewGuid(),
        PoolId = poolId,
        ProjectId = Project,
        Type = HealthMonitorType.Http,
        Delay = 5,
        Timeout = 3,
        MaxRetries = 3,
    };

    public static L7Policy Policy(Guid listenerId, Guid? redirectPoolId = null) => new()
    {
        Id = Guid.NewGuid(),
        ListenerId = listenerId,
        ProjectId = Project,
        Action = redirectPoolId is null ? L7PolicyAction.Reject : L7PolicyAction.RedirectToPool,
        RedirectPoolId = redirectPoolId,
    };

    public static L7Rule Rule(Guid policyId) => new()
    {
        Id = Guid.NewGuid(),
        L7PolicyId = policyId,
        ProjectId = Project,
        Type = L7RuleType.Path,
        CompareType = L7RuleCompareType.StartsWith,
        Value = "/api",
    };

    /// <summary>Builds a load balancer with a listener, its default pool (monitored, two members), a second pool
    /// (one member, no monitor) and an L7 policy with a rule redirecting to it.</summary>
    public static FullGraph Full(IReadOnlyDictionary<string, JsonElement>? flavor = null)
    {
        var lb = LoadBalancer(flavor);
        var listener = Listener(lb.Id);
        var defaultPool = Pool(lb.Id, listener.Id);
        var monitor = HealthMonitor(defaultPool.Id);
        Member[] members = [Member(defaultPool.Id, 10), Member(defaultPool.Id, 11)];
        defaultPool = defaultPool with { HealthMonitor = monitor, Members = members };
        var redirectPool = Pool(lb.Id);
        var loneMember = Member(redirectPool.Id, 20);
        redirectPool = redirectPool with { Members = [loneMember] };
        var policy = Policy(listener.Id, redirectPool.Id);
        var rule = Rule(policy.Id);
        policy = policy with { Rules = [rule] };
        listener = listener with { DefaultPoolId = defaultPool.Id, DefaultPool = defaultPool, L7Policies = [policy] };
        lb = lb with { Listeners = [listener], Pools = [defaultPool, redirectPool] };
        return new FullGraph(lb, listener, defaultPool, redirectPool, monitor, members, loneMember, policy, rule);
    }

    /// <summary>Names every object of <see cref="Full"/>.</summary>
    public sealed record FullGraph(
        LoadBalancer LoadBalancer,
        Listener Listener,
        Pool DefaultPool,
        Pool RedirectPool,
        HealthMonitor Monitor,
        IReadOnlyList<Member> MonitoredMembers,
        Member UnmonitoredMember,
        L7Policy Policy,
        L7Rule Rule)
    {
        public IEnumerable<(ObjectKind Kind, Guid Id)> Objects =>
        [
            (ObjectKind.LoadBalancer, LoadBalancer.Id),
            (ObjectKind.Listener, Listener.Id),
            (ObjectKind.Pool, DefaultPool.Id),
            (ObjectKind.Pool, RedirectPool.Id),
            (ObjectKind.HealthMonitor, Monitor.Id),
            .. MonitoredMembers.Select(m => (ObjectKind.Member, m.Id)),
            (ObjectKind.Member, UnmonitoredMember.Id),
            (ObjectKind.L7Policy, Policy.Id),
            (ObjectKind.L7Rule, Rule.Id),
        ];
    }
}
