using System.Text.Json;
using Lbaas.Host.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Tests;

public sealed class LoadBalancerGraphApiTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TestHost.Start(new() { ["Lbaas:Quotas:DefaultMemberQuota"] = "3" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Body(object[] listeners, object[] pools) =>
        new { loadbalancer = new { name = "graph", vip_subnet_id = Subnets.Vip, listeners, pools } };

    /// <summary>Builds the graph of Octavia's documented example: an HTTP listener, a redirect policy, two pools.</summary>
    private static object FullGraph() => Body(
        [
            new
            {
                name = "http",
                protocol = "HTTP",
                protocol_port = 80,
                default_pool = new { name = "web" },
                l7policies = new object[]
                {
                    new
                    {
                        name = "to-api",
                        redirect_pool = new { name = "api" },
                        rules = new object[] { new { type = "PATH", compare_type = "STARTS_WITH", value = "/api" } },
                    },
                },
            },
        ],
        [
            new
            {
                name = "web",
                protocol = "HTTP",
                lb_algorithm = "ROUND_ROBIN",
                healthmonitor = new { type = "HTTP", delay = 5, timeout = 3, max_retries = 3 },
                members = new object[]
                {
                    new { address = "192.0.2.10", protocol_port = 8080 },
                    new { address = "192.0.2.11", protocol_port = 8080 },
                },
            },
            new { name = "api", protocol = "HTTP", lb_algorithm = "LEAST_CONNECTIONS" },
        ]);

    private async Task<int> CountLoadBalancersAsync() =>
        (await _host.GetAsync("/v2/lbaas/loadbalancers")).Body.GetProperty("loadbalancers").GetArrayLength();

    [Fact]
    public async Task A_fully_populated_create_answers_the_whole_graph_pending_and_sends_it_in_one_call()
    {
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", FullGraph());

        Assert.True(status == 201, $"create answered {status}: {body}");
        var lb = body.GetProperty("loadbalancer");
        Assert.Equal("PENDING_CREATE", lb.GetProperty("provisioning_status").GetString());
        var listener = Assert.Single(lb.GetProperty("listeners").EnumerateArray());
        Assert.Equal("http", listener.GetProperty("name").GetString());
        Assert.Equal("PENDING_CREATE", listener.GetProperty("provisioning_status").GetString());
        Assert.False(listener.TryGetProperty("loadbalancers", out _));
        var policy = Assert.Single(listener.GetProperty("l7policies").EnumerateArray());
        Assert.Equal("REDIRECT_TO_POOL", policy.GetProperty("action").GetString());
        Assert.Equal(1, policy.GetProperty("position").GetInt32());
        var rule = Assert.Single(policy.GetProperty("rules").EnumerateArray());
        Assert.Equal("/api", rule.GetProperty("value").GetString());

        var pools = lb.GetProperty("pools").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["api", "web"], pools.Keys.Order());
        var web = pools["web"];
        Assert.Equal(web.GetProperty("id").GetString(), listener.GetProperty("default_pool_id").GetString());
        Assert.Equal(pools["api"].GetProperty("id").GetString(), policy.GetProperty("redirect_pool_id").GetString());
        Assert.Equal("HTTP", web.GetProperty("healthmonitor").GetProperty("type").GetString());
        Assert.Equal(["192.0.2.10", "192.0.2.11"], web.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("address").GetString()));
        Assert.All(web.GetProperty("members").EnumerateArray(), m => Assert.Equal("OFFLINE", m.GetProperty("operating_status").GetString()));
        Assert.Equal(JsonValueKind.Null, pools["api"].GetProperty("healthmonitor").ValueKind);

        var request = Assert.Single(_host.Driver.Requests.OfType<CreateLoadBalancerRequest>());
        Assert.Equal(2, request.LoadBalancer.Pools.Count);
        var sent = Assert.Single(request.LoadBalancer.Listeners);
        Assert.Equal(2, sent.DefaultPool!.Members.Count);
        Assert.NotNull(sent.DefaultPool.HealthMonitor);
        Assert.Single(Assert.Single(sent.L7Policies).Rules);
        Assert.Single(_host.Driver.Requests);

        var id = lb.GetProperty("id").GetString();
        await _host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{id}", "loadbalancer", "ACTIVE");
        var (_, shown) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        var stub = Assert.Single(shown.GetProperty("loadbalancer").GetProperty("listeners").EnumerateArray());
        Assert.Equal(["id"], stub.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, shown.GetProperty("loadbalancer").GetProperty("pools").GetArrayLength());
        var (_, tree) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}/status");
        var treeListener = Assert.Single(tree.GetProperty("statuses").GetProperty("loadbalancer").GetProperty("listeners").EnumerateArray());
        Assert.Equal(2, treeListener.GetProperty("pools").GetArrayLength());
    }

    [Fact]
    public async Task The_list_shows_each_load_balancers_own_listener_and_pool_stubs()
    {
        var (status, first) = await _host.PostAsync("/v2/lbaas/loadbalancers", FullGraph());
        Assert.Equal(201, status);
        (status, var second) = await _host.PostAsync("/v2/lbaas/loadbalancers", new
        {
            loadbalancer = new { name = "small", vip_subnet_id = Subnets.Vip, pools = new object[] { new { name = "p", protocol = "TCP", lb_algorithm = "ROUND_ROBIN" } } },
        });
        Assert.Equal(201, status);
        await _host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { name = "empty", vip_subnet_id = Subnets.Vip } });

        var (_, list) = await _host.GetAsync("/v2/lbaas/loadbalancers");
        var byName = list.GetProperty("loadbalancers").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);

        Assert.Equal(3, byName.Count);
        Assert.Equal(first.GetProperty("loadbalancer").GetProperty("listeners").EnumerateArray().Select(l => l.GetProperty("id").GetString()),
            byName["graph"].GetProperty("listeners").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(2, byName["graph"].GetProperty("pools").GetArrayLength());
        Assert.Equal(0, byName["small"].GetProperty("listeners").GetArrayLength());
        Assert.Equal(second.GetProperty("loadbalancer").GetProperty("pools")[0].GetProperty("id").GetString(),
            Assert.Single(byName["small"].GetProperty("pools").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, byName["empty"].GetProperty("pools").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, byName["empty"].GetProperty("additional_vips").ValueKind);

        var (_, filtered) = await _host.GetAsync("/v2/lbaas/loadbalancers?name=small&fields=pools");
        var only = Assert.Single(filtered.GetProperty("loadbalancers").EnumerateArray());
        Assert.Equal(["pools"], only.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_full_pool_definition_inside_a_listener_moves_to_the_pool_list()
    {
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body(
            [new { protocol = "TCP", protocol_port = 22, default_pool = new { name = "ssh", protocol = "TCP", lb_algorithm = "SOURCE_IP" } }],
            []));

        Assert.True(status == 201, $"create answered {status}: {body}");
        var lb = body.GetProperty("loadbalancer");
        var pool = Assert.Single(lb.GetProperty("pools").EnumerateArray());
        Assert.Equal("SOURCE_IP", pool.GetProperty("lb_algorithm").GetString());
        Assert.Equal(pool.GetProperty("id").GetString(), lb.GetProperty("listeners")[0].GetProperty("default_pool_id").GetString());
        Assert.Equal(pool.GetProperty("listeners")[0].GetProperty("id").GetString(), lb.GetProperty("listeners")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("unnamed", "Validation failure: Pools must be named when creating a fully populated loadbalancer.")]
    [InlineData("dangling", "Validation failure: Pool 'nowhere' was referenced but no full definition was found.")]
    [InlineData("duplicate", "Validation failure: Pool names must be unique when creating a fully populated loadbalancer.")]
    [InlineData("incomplete", "Validation failure: Pool definition for 'p' missing required attribute: lb_algorithm")]
    public async Task Pool_references_that_do_not_resolve_are_refused_and_nothing_is_stored(string variant, string fault)
    {
        var body = variant switch
        {
            "unnamed" => Body([new { protocol = "HTTP", protocol_port = 80, default_pool = new { admin_state_up = true } }], []),
            "dangling" => Body([new { protocol = "HTTP", protocol_port = 80, default_pool = new { name = "nowhere" } }], []),
            "duplicate" => Body([], [new { name = "p", protocol = "HTTP", lb_algorithm = "ROUND_ROBIN" }, new { name = "p", protocol = "TCP", lb_algorithm = "ROUND_ROBIN" }]),
            _ => Body([], [new { name = "p", protocol = "HTTP" }]),
        };

        var (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", body);

        Assert.Equal(400, status);
        Assert.Equal(fault, reply.GetProperty("faultstring").GetString());
        Assert.Equal(0, await CountLoadBalancersAsync());
        Assert.Empty(_host.Driver.Requests);
    }

    [Fact]
    public async Task Each_child_passes_its_own_resources_checks()
    {
        var (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body(
            [new { protocol = "HTTP", protocol_port = 80, default_pool = new { name = "u" } }],
            [new { name = "u", protocol = "UDP", lb_algorithm = "ROUND_ROBIN" }]));
        Assert.Equal(400, status);
        Assert.Equal("Validation failure: The pool protocol 'UDP' is invalid while the listener protocol is 'HTTP'.",
            reply.GetProperty("faultstring").GetString());

        (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body(
            [new { protocol = "HTTP", protocol_port = 80 }, new { protocol = "HTTP", protocol_port = 80 }], []));
        Assert.Equal(409, status);
        Assert.StartsWith("Another Listener on this Load Balancer is already using protocol HTTP and protocol_port 80",
            reply.GetProperty("faultstring").GetString(), StringComparison.Ordinal);

        (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body([],
        [
            new
            {
                name = "m", protocol = "TCP", lb_algorithm = "ROUND_ROBIN",
                members = new object[] { new { address = "192.0.2.1", protocol_port = 1 }, new { address = "192.0.2.1", protocol_port = 1 } },
            },
        ]));
        Assert.Equal(409, status);
        Assert.Equal("Another member on this pool is already using ip 192.0.2.1 on protocol_port 1", reply.GetProperty("faultstring").GetString());

        (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body(
            [new { protocol = "HTTP", protocol_port = 80, bogus = 1, l7policies = new object[] { new { action = "REJECT", rules = new object[] { new { type = "HEADER", compare_type = "EQUAL_TO", value = "x" } } } } }],
            []));
        Assert.Equal(400, status);
        Assert.Contains("Unknown attribute for argument listener: bogus", reply.GetProperty("faultstring").GetString(), StringComparison.Ordinal);

        (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", Body(
            [new { protocol = "HTTP", protocol_port = 80, l7policies = new object[] { new { action = "REJECT", rules = new object[] { new { type = "HEADER", compare_type = "EQUAL_TO", value = "x" } } } } }],
            []));
        Assert.Equal(400, status);
        Assert.Equal("Error parsing L7Rule: Invalid L7 Rule: L7 rule type requires a key", reply.GetProperty("faultstring").GetString());

        Assert.Equal(0, await CountLoadBalancersAsync());
        Assert.Empty(_host.Driver.Requests);
    }

    [Fact]
    public async Task Quotas_count_every_child_of_the_graph()
    {
        var members = Enumerable.Range(1, 4).Select(i => new { address = $"192.0.2.{i}", protocol_port = 80 }).ToArray();
        var (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers",
            Body([], [new { name = "p", protocol = "TCP", lb_algorithm = "ROUND_ROBIN", members }]));

        Assert.Equal(403, status);
        Assert.Equal("Quota has been met for resources: Member", reply.GetProperty("faultstring").GetString());
        Assert.Equal(0, await CountLoadBalancersAsync());

        (status, reply) = await _host.PostAsync("/v2/lbaas/loadbalancers",
            Body([], [new { name = "p", protocol = "TCP", lb_algorithm = "ROUND_ROBIN", members = members[..3] }]));
        Assert.True(status == 201, $"create answered {status}: {reply}");
    }

    [Fact]
    public async Task A_refused_graph_is_rolled_back_whole_and_gives_its_quota_back()
    {
        _host.Driver.Failure = () => new UnsupportedOptionException("no", "no");
        var members = Enumerable.Range(1, 3).Select(i => new { address = $"192.0.2.{i}", protocol_port = 80 }).ToArray();
        var body = Body([new { protocol = "TCP", protocol_port = 80, default_pool = new { name = "p" } }],
            [new { name = "p", protocol = "TCP", lb_algorithm = "ROUND_ROBIN", members }]);

        var (status, _) = await _host.PostAsync("/v2/lbaas/loadbalancers", body);
        Assert.Equal(501, status);
        Assert.Equal(0, await CountLoadBalancersAsync());
        Assert.Equal(0, (await _host.GetAsync("/v2/lbaas/pools")).Body.GetProperty("pools").GetArrayLength());
        Assert.Equal(0, (await _host.GetAsync("/v2/lbaas/listeners")).Body.GetProperty("listeners").GetArrayLength());

        _host.Driver.Failure = null;
        (status, var reply) = await _host.PostAsync("/v2/lbaas/loadbalancers", body);
        Assert.True(status == 201, $"create after the rollback answered {status}: {reply}");
    }

    [Fact]
    public async Task A_driver_error_puts_every_object_of_the_graph_in_error()
    {
        _host.Driver.Failure = () => new DriverException("boom", "boom");
        var (status, _) = await _host.PostAsync("/v2/lbaas/loadbalancers", FullGraph());
        Assert.Equal(500, status);

        var (_, list) = await _host.GetAsync("/v2/lbaas/loadbalancers");
        var id = Assert.Single(list.GetProperty("loadbalancers").EnumerateArray()).GetProperty("id").GetString();
        var (_, tree) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}/status");
        var statuses = ProvisioningStatuses(tree.GetProperty("statuses").GetProperty("loadbalancer")).ToList();
        Assert.Equal(7, statuses.Count);
        Assert.All(statuses, s => Assert.Equal("ERROR", s));
    }

    private static IEnumerable<string> ProvisioningStatuses(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("provisioning_status", out var s))
            {
                yield return s.GetString()!;
            }

            foreach (var child in node.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object))
            {
                foreach (var nested in ProvisioningStatuses(child.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in node.EnumerateArray().SelectMany(ProvisioningStatuses))
            {
                yield return nested;
            }
        }
    }
}
