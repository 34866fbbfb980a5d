using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Tests;

public sealed class UpdateRequestTests
{
    private static readonly Listener Listener = new()
    {
        Id = Guid.NewGuid(),
        LoadBalancerId = Guid.NewGuid(),
        ProjectId = "p",
        Protocol = Protocol.Http,
        ProtocolPort = 80,
        Name = "web",
        Description = "front",
        DefaultPoolId = Guid.NewGuid(),
        ConnectionLimit = 100,
        AllowedCidrs = [IPNetwork.Parse("198.18.0.0/15")],
        TlsVersions = ["TLSv1.2"],
    };

    [Fact]
    public void An_update_with_nothing_set_leaves_every_field_as_it_was()
    {
        Assert.Equal(Listener, new UpdateListenerRequest { Current = Listener }.Apply());
        var pool = new Pool { Id = Guid.NewGuid(), LoadBalancerId = Guid.NewGuid(), ProjectId = "p", Protocol = Protocol.Tcp, LbAlgorithm = LoadBalancingAlgorithm.SourceIp };
        Assert.Equal(pool, new UpdatePoolRequest { Current = pool }.Apply());
    }

    [Fact]
    public void A_field_set_to_null_is_cleared_while_unset_fields_are_kept()
    {
        var updated = new UpdateListenerRequest
        {
            Current = Listener,
            Description = Optional.Of<string?>(null),
            DefaultPoolId = Optional.Of<Guid?>(null),
            ConnectionLimit = -1,
        }.Apply();

        Assert.Null(updated.Description);
        Assert.Null(updated.DefaultPoolId);
        Assert.Equal(-1, updated.ConnectionLimit);
        Assert.Equal("web", updated.Name);
        Assert.Equal(Listener.AllowedCidrs, updated.AllowedCidrs);
    }

    [Fact]
    public void Changing_the_default_pool_drops_the_stale_default_pool_graph()
    {
        var pool = new Pool { Id = Listener.DefaultPoolId!.Value, LoadBalancerId = Listener.LoadBalancerId, ProjectId = "p", Protocol = Protocol.Http, LbAlgorithm = LoadBalancingAlgorithm.RoundRobin };
        var current = Listener with { DefaultPool = pool };

        Assert.Same(pool, new UpdateListenerRequest { Current = current, Name = "renamed" }.Apply().DefaultPool);
        Assert.Null(new UpdateListenerRequest { Current = current, DefaultPoolId = Guid.NewGuid() }.Apply().DefaultPool);
    }

    [Fact]
    public void A_load_balancer_update_changes_only_the_qos_policy_of_the_vip()
    {
        var lb = new LoadBalancer
        {
            Id = Guid.NewGuid(),
            ProjectId = "p",
            Vip = new Vip { Address = IPAddress.Parse("127.0.100.5"), SubnetId = Guid.NewGuid(), QosPolicyId = Guid.NewGuid() },
        };

        var updated = new UpdateLoadBalancerRequest { Current = lb, VipQosPolicyId = Optional.Of<Guid?>(null), AdminStateUp = false }.Apply();

        Assert.Null(updated.Vip.QosPolicyId);
        Assert.Equal(lb.Vip.Address, updated.Vip.Address);
        Assert.Equal(lb.Vip.SubnetId, updated.Vip.SubnetId);
        Assert.False(updated.AdminStateUp);
    }

    [Fact]
    public void Health_monitor_policy_and_rule_updates_apply_their_fields()
    {
        var monitor = new HealthMonitor { Id = Guid.NewGuid(), PoolId = Guid.NewGuid(), ProjectId = "p", Type = HealthMonitorType.Http, Delay = 5, Timeout = 3, MaxRetries = 3, UrlPath = "/" };
        var policy = new L7Policy { Id = Guid.NewGuid(), ListenerId = Guid.NewGuid(), ProjectId = "p", Action = L7PolicyAction.Reject };
        var rule = new L7Rule { Id = Guid.NewGuid(), L7PolicyId = policy.Id, ProjectId = "p", Type = L7RuleType.Path, CompareType = L7RuleCompareType.StartsWith, Value = "/api" };

        var newMonitor = new UpdateHealthMonitorRequest { Current = monitor, Delay = 10, UrlPath = "/healthz" }.Apply();
        var newPolicy = new UpdateL7PolicyRequest { Current = policy, Action = L7PolicyAction.RedirectToUrl, RedirectUrl = "https://example.org" }.Apply();
        var newRule = new UpdateL7RuleRequest { Current = rule, Invert = true, Key = Optional.Of<string?>(null) }.Apply();

        Assert.Equal((10, 3, "/healthz"), (newMonitor.Delay, newMonitor.Timeout, newMonitor.UrlPath));
        Assert.Equal((L7PolicyAction.RedirectToUrl, "https://example.org"), (newPolicy.Action, newPolicy.RedirectUrl));
        Assert.True(newRule.Invert);
        Assert.Equal("/api", newRule.Value);
    }
}
