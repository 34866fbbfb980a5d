using System.Text.Json;
using Lbaas.Host.Tests.Support;

namespace Lbaas.Host.Tests;

public sealed class ChildResourceApiTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TestHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Id(JsonElement body, string key) => body.GetProperty(key).GetProperty("id").GetString()!;

    [Fact]
    public async Task A_whole_tree_builds_up_settles_and_shows_in_the_status_tree()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        var listener = await _host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 80, name = "l1" } }, lb);
        var (status, shown) = await _host.GetAsync($"/v2/lbaas/listeners/{listener}");
        Assert.Equal(200, status);
        Assert.Equal(lb, shown.GetProperty("listener").GetProperty("loadbalancers")[0].GetProperty("id").GetString());
        Assert.Equal(50000, shown.GetProperty("listener").GetProperty("timeout_client_data").GetInt32());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("listener").GetProperty("allowed_cidrs").ValueKind);

        var pool = await _host.CreateActiveAsync("/v2/lbaas/pools", "pool",
            new { pool = new { listener_id = listener, protocol = "HTTP", lb_algorithm = "ROUND_ROBIN", name = "p1" } }, lb);
        var member = await _host.CreateActiveAsync($"/v2/lbaas/pools/{pool}/members", "member",
            new { member = new { address = "192.0.2.10", protocol_port = 8080, subnet_id = Subnets.Member } }, lb);
        var hm = await _host.CreateActiveAsync("/v2/lbaas/healthmonitors", "healthmonitor",
            new { healthmonitor = new { pool_id = pool, type = "HTTP", delay = 5, timeout = 3, max_retries = 3 } }, lb);
        var pool2 = await _host.CreateActiveAsync("/v2/lbaas/pools", "pool",
            new { pool = new { loadbalancer_id = lb, protocol = "HTTP", lb_algorithm = "LEAST_CONNECTIONS", name = "p2" } }, lb);
        var policy = await _host.CreateActiveAsync("/v2/lbaas/l7policies", "l7policy",
            new { l7policy = new { listener_id = listener, action = "REDIRECT_TO_POOL", redirect_pool_id = pool2 } }, lb);
        var rule = await _host.CreateActiveAsync($"/v2/lbaas/l7policies/{policy}/rules", "rule",
            new { rule = new { type = "PATH", compare_type = "STARTS_WITH", value = "/api" } }, lb);

        (status, shown) = await _host.GetAsync($"/v2/lbaas/pools/{pool}");
        var p = shown.GetProperty("pool");
        Assert.Equal(hm, p.GetProperty("healthmonitor_id").GetString());
        Assert.Equal(member, p.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(listener, p.GetProperty("listeners")[0].GetProperty("id").GetString());
        (_, shown) = await _host.GetAsync($"/v2/lbaas/pools/{pool2}");
        Assert.Equal(listener, shown.GetProperty("pool").GetProperty("listeners")[0].GetProperty("id").GetString());

        (_, shown) = await _host.GetAsync($"/v2/lbaas/l7policies/{policy}/rules/{rule}");
        Assert.Equal("/api", shown.GetProperty("rule").GetProperty("value").GetString());
        (_, shown) = await _host.GetAsync($"/v2/lbaas/pools/{pool}/members/{member}");
        Assert.False(shown.GetProperty("member").TryGetProperty("pool_id", out _));
        Assert.Equal("ACTIVE", shown.GetProperty("member").GetProperty("provisioning_status").GetString());

        (_, var tree) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{lb}/status");
        var l = tree.GetProperty("statuses").GetProperty("loadbalancer").GetProperty("listeners")[0];
        Assert.Equal(2, l.GetProperty("pools").GetArrayLength());
        var treePool = l.GetProperty("pools")[0];
        Assert.Equal("HTTP", treePool.GetProperty("health_monitor").GetProperty("type").GetString());
        Assert.Equal("192.0.2.10", treePool.GetProperty("members")[0].GetProperty("address").GetString());
        Assert.False(l.GetProperty("pools")[1].TryGetProperty("health_monitor", out _));

        (status, var fault) = await _host.DeleteAsync($"/v2/lbaas/loadbalancers/{lb}");
        Assert.Equal(400, status);
        Assert.Equal($"Validation failure: Cannot delete Load Balancer {lb} - it has children", fault.GetProperty("faultstring").GetString());

        (status, fault) = await _host.DeleteAsync($"/v2/lbaas/pools/{pool2}");
        Assert.Equal(409, status);
        Assert.Equal($"Pool {pool2} is in use by L7 policy {policy}", fault.GetProperty("faultstring").GetString());

        (status, _) = await _host.DeleteAsync($"/v2/lbaas/loadbalancers/{lb}?cascade=True");
        Assert.Equal(204, status);
        await _host.WaitForGoneAsync($"/v2/lbaas/loadbalancers/{lb}");
        await _host.WaitForGoneAsync($"/v2/lbaas/listeners/{listener}");
        (_, var pools) = await _host.GetAsync("/v2/lbaas/pools");
        Assert.Equal(0, pools.GetProperty("pools").GetArrayLength());
    }

    [Fact]
    public async Task Listener_rules_port_conflict_protocol_map_and_immutability()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        await _host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "TCP", protocol_port = 80 } }, lb);

        var (status, fault) = await _host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 80 } });
        Assert.Equal(409, status);
        // Upstream names the protocol of the listener that holds the port.
        Assert.Equal("Another Listener on this Load Balancer is already using protocol TCP and protocol_port 80",
            fault.GetProperty("faultstring").GetString());

        var udp = await _host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "UDP", protocol_port = 80 } }, lb);
        (status, fault) = await _host.PostAsync("/v2/lbaas/pools",
            new { pool = new { listener_id = udp, protocol = "HTTP", lb_algorithm = "ROUND_ROBIN" } });
        Assert.Equal(400, status);
        Assert.Equal("Validation failure: The pool protocol 'HTTP' is invalid while the listener protocol is 'UDP'.",
            fault.GetProperty("faultstring").GetString());

        (status, fault) = await _host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "TCP", protocol_port = 81, insert_headers = new Dictionary<string, string> { ["X-Forwarded-For"] = "true" } } });
        Assert.Equal(400, status);

        (status, fault) = await _host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "FOO", protocol_port = 0 } });
        Assert.Equal(400, status);
        var text = fault.GetProperty("faultstring").GetString()!;
        Assert.Contains("Invalid input for field/attribute protocol. Value: 'FOO'.", text, StringComparison.Ordinal);
        Assert.Contains("Invalid input for field/attribute protocol_port. Value: '0'. Value should be greater or equal to 1", text,
            StringComparison.Ordinal);

        _host.Driver.Silent = true;
        var (created, _) = await _host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 8080 } });
        Assert.Equal(201, created);
        (status, fault) = await _host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 8081 } });
        Assert.Equal(409, status);
        Assert.Equal($"Load Balancer {lb} is immutable and cannot be updated.", fault.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task Listener_update_resets_null_fields_and_sends_them_sparse()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        var listener = await _host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 80, connection_limit = 10 } }, lb);
        var (status, body) = await _host.PutAsync($"/v2/lbaas/listeners/{listener}",
            new { listener = new { connection_limit = (int?)null, timeout_client_data = 1000 } });
        Assert.Equal(200, status);
        Assert.Equal(-1, body.GetProperty("listener").GetProperty("connection_limit").GetInt32());
        Assert.Equal(1000, body.GetProperty("listener").GetProperty("timeout_client_data").GetInt32());
        await _host.WaitForStatusAsync($"/v2/lbaas/listeners/{listener}", "listener", "ACTIVE");
        var request = _host.Driver.Requests.OfType<Sdk.V1.UpdateListenerRequest>().Single();
        Assert.Equal(10, request.Current.ConnectionLimit);
        Assert.Equal(-1, request.ConnectionLimit.Value);
        Assert.False(request.Name.HasValue);
    }

    [Fact]
    public async Task Member_rules_reserved_address_duplicates_and_batch_update()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        var pool = await _host.CreateActiveAsync("/v2/lbaas/pools", "pool",
            new { pool = new { loadbalancer_id = lb, protocol = "TCP", lb_algorithm = "ROUND_ROBIN" } }, lb);
        var (status, fault) = await _host.PostAsync($"/v2/lbaas/pools/{pool}/members",
            new { member = new { address = "169.254.169.254", protocol_port = 80 } });
        Assert.Equal(400, status);
        Assert.Equal("169.254.169.254 is not a valid option for member address", fault.GetProperty("faultstring").GetString());

        var m1 = await _host.CreateActiveAsync($"/v2/lbaas/pools/{pool}/members", "member",
            new { member = new { address = "192.0.2.1", protocol_port = 80, weight = 5, name = "keep" } }, lb);
        (status, fault) = await _host.PostAsync($"/v2/lbaas/pools/{pool}/members",
            new { member = new { address = "192.0.2.1", protocol_port = 80 } });
        Assert.Equal(409, status);
        Assert.Equal("Another member on this pool is already using ip 192.0.2.1 on protocol_port 80", fault.GetProperty("faultstring").GetString());
        var m2 = await _host.CreateActiveAsync($"/v2/lbaas/pools/{pool}/members", "member",
            new { member = new { address = "192.0.2.2", protocol_port = 80 } }, lb);

        (status, _) = await _host.PutAsync($"/v2/lbaas/pools/{pool}/members",
            new { members = new object[] { new { address = "192.0.2.1", protocol_port = 80 }, new { address = "192.0.2.3", protocol_port = 80 } } });
        Assert.Equal(202, status);
        await _host.WaitForGoneAsync($"/v2/lbaas/pools/{pool}/members/{m2}");
        await _host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{lb}", "loadbalancer", "ACTIVE");
        var (_, list) = await _host.GetAsync($"/v2/lbaas/pools/{pool}/members?sort=address:asc");
        var members = list.GetProperty("members");
        Assert.Equal(2, members.GetArrayLength());
        Assert.Equal(m1, members[0].GetProperty("id").GetString());
        Assert.Equal(1, members[0].GetProperty("weight").GetInt32());
        Assert.Equal("keep", members[0].GetProperty("name").GetString());
        Assert.Equal("192.0.2.3", members[1].GetProperty("address").GetString());

        (status, _) = await _host.PutAsync($"/v2/lbaas/pools/{pool}/members?additive_only=TRUE",
            new { members = new object[] { new { address = "192.0.2.4", protocol_port = 80 } } });
        Assert.Equal(202, status);
        await _host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{lb}", "loadbalancer", "ACTIVE");
        (_, list) = await _host.GetAsync($"/v2/lbaas/pools/{pool}/members");
        Assert.Equal(3, list.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Health_monitor_rules()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        var pool = await _host.CreateActiveAsync("/v2/lbaas/pools", "pool",
            new { pool = new { loadbalancer_id = lb, protocol = "HTTP", lb_algorithm = "ROUND_ROBIN" } }, lb);
        var (status, fault) = await _host.PostAsync("/v2/lbaas/healthmonitors",
            new { healthmonitor = new { pool_id = pool, type = "TCP", delay = 5, timeout = 3, max_retries = 3, url_path = "/x" } });
        Assert.Equal(400, status);
        Assert.Equal("url_path is not a valid option for health monitors of type TCP", fault.GetProperty("faultstring").GetString());

        var hm = await _host.CreateActiveAsync("/v2/lbaas/healthmonitors", "healthmonitor",
            new { healthmonitor = new { pool_id = pool, type = "HTTP", delay = 1, timeout = 30, max_retries = 3 } }, lb);
        var (_, shown) = await _host.GetAsync($"/v2/lbaas/healthmonitors/{hm}");
        Assert.Equal("GET", shown.GetProperty("healthmonitor").GetProperty("http_method").GetString());
        Assert.Equal("200", shown.GetProperty("healthmonitor").GetProperty("expected_codes").GetString());

        (status, fault) = await _host.PostAsync("/v2/lbaas/healthmonitors",
            new { healthmonitor = new { pool_id = pool, type = "HTTP", delay = 5, timeout = 3, max_retries = 3 } });
        Assert.Equal(409, status);
        Assert.Equal("This pool already has a health monitor", fault.GetProperty("faultstring").GetString());

        (status, fault) = await _host.PutAsync($"/v2/lbaas/healthmonitors/{hm}", new { healthmonitor = new { url_path = (string?)null, delay = (int?)null } });
        Assert.Equal(400, status);
        (status, shown) = await _host.PutAsync($"/v2/lbaas/healthmonitors/{hm}", new { healthmonitor = new { url_path = (string?)null } });
        Assert.Equal(200, status);
        Assert.Equal("/", shown.GetProperty("healthmonitor").GetProperty("url_path").GetString());
    }

    [Fact]
    public async Task L7_rules_are_validated_and_limited()
    {
        var lb = await _host.CreateActiveLoadBalancerAsync();
        var listener = await _host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 80 } }, lb);
        var policy = await _host.CreateActiveAsync("/v2/lbaas/l7policies", "l7policy",
            new { l7policy = new { listener_id = listener, action = "REJECT", position = 1 } }, lb);
        var (status, fault) = await _host.PostAsync($"/v2/lbaas/l7policies/{policy}/rules",
            new { rule = new { type = "HEADER", compare_type = "EQUAL_TO", value = "x" } });
        Assert.Equal(400, status);
        Assert.Equal("Error parsing L7Rule: Invalid L7 Rule: L7 rule type requires a key", fault.GetProperty("faultstring").GetString());

        (status, fault) = await _host.PostAsync($"/v2/lbaas/l7policies/{policy}/rules",
            new { rule = new { type = "FILE_TYPE", compare_type = "CONTAINS", value = "jpg" } });
        Assert.Equal(400, status);
        Assert.Equal("Error parsing L7Rule: Invalid L7 Rule: invalid comparison type for rule type", fault.GetProperty("faultstring").GetString());

        var second = await _host.CreateActiveAsync("/v2/lbaas/l7policies", "l7policy",
            new { l7policy = new { listener_id = listener, action = "REDIRECT_TO_URL", redirect_url = "http://example.com", position = 1 } }, lb);
        var (_, list) = await _host.GetAsync($"/v2/lbaas/l7policies?listener_id={listener}&sort=position");
        Assert.Equal(second, list.GetProperty("l7policies")[0].GetProperty("id").GetString());
        Assert.Equal(2, list.GetProperty("l7policies")[1].GetProperty("position").GetInt32());
        Assert.Equal(302, list.GetProperty("l7policies")[0].GetProperty("redirect_http_code").GetInt32());
    }
}
