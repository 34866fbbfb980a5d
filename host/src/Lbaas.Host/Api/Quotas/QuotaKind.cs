using Lbaas.Host.Persistence.Catalog;

namespace Lbaas.Host.Api.Quotas;

/// <summary>Describes one quota kind: its API names, fault name, default, stored limit and usage.</summary>
internal sealed record QuotaKind(
    string Key,
    string? LegacyKey,
    string ResourceName,
    Func<QuotaOptions, int> Default,
    Func<QuotaEntity, int?> GetLimit,
    Action<QuotaEntity, int?> SetLimit,
    Func<QuotaEntity, int> GetInUse,
    Action<QuotaEntity, int> SetInUse,
    Func<QuotaDemand, int> Demand)
{
    /// <summary>Gets the kinds in Octavia's order.</summary>
    public static IReadOnlyList<QuotaKind> All { get; } =
    [
        new("loadbalancer", "load_balancer", ResourceNames.LoadBalancer, o => o.DefaultLoadBalancerQuota,
            q => q.LoadBalancer, (q, v) => q.LoadBalancer = v, q => q.InUseLoadBalancer, (q, v) => q.InUseLoadBalancer = v,
            d => d.LoadBalancers),
        new("listener", null, ResourceNames.Listener, o => o.DefaultListenerQuota,
            q => q.Listener, (q, v) => q.Listener = v, q => q.InUseListener, (q, v) => q.InUseListener = v, d => d.Listeners),
        new("member", null, ResourceNames.Member, o => o.DefaultMemberQuota,
            q => q.Member, (q, v) => q.Member = v, q => q.InUseMember, (q, v) => q.InUseMember = v, d => d.Members),
        new("pool", null, ResourceNames.Pool, o => o.DefaultPoolQuota,
            q => q.Pool, (q, v) => q.Pool = v, q => q.InUsePool, (q, v) => q.InUsePool = v, d => d.Pools),
        new("healthmonitor", "health_monitor", ResourceNames.HealthMonitor, o => o.DefaultHealthMonitorQuota,
            q => q.HealthMonitor, (q, v) => q.HealthMonitor = v, q => q.InUseHealthMonitor, (q, v) => q.InUseHealthMonitor = v,
            d => d.HealthMonitors),
        new("l7policy", null, ResourceNames.L7Policy, o => o.DefaultL7PolicyQuota,
            q => q.L7Policy, (q, v) => q.L7Policy = v, q => q.InUseL7Policy, (q, v) => q.InUseL7Policy = v, d => d.L7Policies),
        new("l7rule", null, ResourceNames.L7Rule, o => o.DefaultL7RuleQuota,
            q => q.L7Rule, (q, v) => q.L7Rule = v, q => q.InUseL7Rule, (q, v) => q.InUseL7Rule = v, d => d.L7Rules),
    ];

    /// <summary>Gets the name single-quota replies use (Octavia's stored spelling).</summary>
    public string ReplyKey => LegacyKey ?? Key;
}
