using Lbaas.Host.Tests.Support;

namespace Lbaas.Host.Tests;

public sealed class LoadBalancerApiTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TestHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_created_load_balancer_answers_pending_then_becomes_active()
    {
        var subnet = Subnets.Vip;
        var (status, body) = await _host.PostAsync("/v2.0/lbaas/loadbalancers",
            new { loadbalancer = new { name = "lb1", vip_subnet_id = subnet, admin_state_up = true } });

        Assert.Equal(201, status);
        var lb = body.GetProperty("loadbalancer");
        Assert.Equal("PENDING_CREATE", lb.GetProperty("provisioning_status").GetString());
        Assert.Equal("OFFLINE", lb.GetProperty("operating_status").GetString());
        Assert.Equal("lb1", lb.GetProperty("name").GetString());
        Assert.Equal("", lb.GetProperty("description").GetString());
        Assert.Equal("fake", lb.GetProperty("provider").GetString());
        Assert.Equal(subnet.ToString(), lb.GetProperty("vip_subnet_id").GetString());
        Assert.Equal(lb.GetProperty("project_id").GetString(), lb.GetProperty("tenant_id").GetString());
        Assert.Equal(0, lb.GetProperty("listeners").GetArrayLength());
        Assert.DoesNotContain("Z", lb.GetProperty("created_at").GetString(), StringComparison.Ordinal);
        var id = lb.GetProperty("id").GetString();

        await _host.WaitForStatusAsync($"/v2/loadbalancers/{id}", "loadbalancer", "ACTIVE");
        var (_, shown) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("ONLINE", shown.GetProperty("loadbalancer").GetProperty("operating_status").GetString());
    }

    [Fact]
    public async Task Additional_vips_on_another_network_are_refused()
    {
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", new
        {
            loadbalancer = new { vip_subnet_id = Subnets.Vip, additional_vips = new[] { new { subnet_id = Subnets.Member } } },
        });

        Assert.Equal(400, status);
        Assert.Equal("Validation failure: All VIP subnets must belong to the same network.", body.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task Additional_vips_show_in_the_list_and_on_show()
    {
        var second = Guid.NewGuid();
        await using var host = TestHost.Start(new()
        {
            ["Lbaas:Networks:0:Id"] = Guid.NewGuid().ToString(),
            ["Lbaas:Networks:0:Name"] = "vips",
            ["Lbaas:Networks:0:Subnets:0:Id"] = Subnets.Vip.ToString(),
            ["Lbaas:Networks:0:Subnets:0:Name"] = "first",
            ["Lbaas:Networks:0:Subnets:0:Cidr"] = "127.0.100.0/24",
            ["Lbaas:Networks:0:Subnets:0:GatewayIp"] = "127.0.100.1",
            ["Lbaas:Networks:0:Subnets:1:Id"] = second.ToString(),
            ["Lbaas:Networks:0:Subnets:1:Name"] = "second",
            ["Lbaas:Networks:0:Subnets:1:Cidr"] = "127.0.101.0/24",
            ["Lbaas:Networks:0:Subnets:1:GatewayIp"] = "127.0.101.1",
        });
        var (status, body) = await host.PostAsync("/v2/lbaas/loadbalancers", new
        {
            loadbalancer = new { name = "two-vips", vip_subnet_id = Subnets.Vip, additional_vips = new[] { new { subnet_id = second } } },
        });
        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = body.GetProperty("loadbalancer").GetProperty("id").GetString();
        await host.CreateActiveLoadBalancerAsync("plain");

        var (_, list) = await host.GetAsync("/v2/lbaas/loadbalancers");
        var byName = list.GetProperty("loadbalancers").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        var vip = Assert.Single(byName["two-vips"].GetProperty("additional_vips").EnumerateArray());
        Assert.Equal(second.ToString(), vip.GetProperty("subnet_id").GetString());
        Assert.StartsWith("127.0.101.", vip.GetProperty("ip_address").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, byName["plain"].GetProperty("additional_vips").GetArrayLength());
        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(vip.GetRawText(), Assert.Single(shown.GetProperty("loadbalancer").GetProperty("additional_vips").EnumerateArray()).GetRawText());
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        using var response = await _host.Client.GetAsync("/v2/lbaas/loadbalancers");
        Assert.True(response.Headers.TryGetValues("x-openstack-request-id", out var values));
        Assert.StartsWith("req-", values.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_non_uuid_ids_are_not_found_with_octavia_text()
    {
        var (status, body) = await _host.GetAsync("/v2/lbaas/loadbalancers/lb1");
        Assert.Equal(404, status);
        Assert.Equal("Load Balancer lb1 not found.", body.GetProperty("faultstring").GetString());
        Assert.Equal("Client", body.GetProperty("faultcode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("debuginfo").ValueKind);

        var id = Guid.NewGuid();
        (status, body) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(404, status);
        Assert.Equal($"Load Balancer {id} not found.", body.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task A_create_without_vip_is_refused()
    {
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { name = "x" } });
        Assert.Equal(400, status);
        Assert.Equal("Validation failure: VIP must contain one of: vip_port_id, vip_network_id, vip_subnet_id.",
            body.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task Unknown_attributes_and_bad_values_are_reported_together()
    {
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers",
            new { loadbalancer = new { vip_subnet_id = "nope", bogus = 1 } });
        Assert.Equal(400, status);
        var text = body.GetProperty("faultstring").GetString()!;
        Assert.Contains("Unknown attribute for argument load_balancer.loadbalancer: bogus", text, StringComparison.Ordinal);
        Assert.Contains("Invalid input for field/attribute vip_subnet_id. Value: 'nope'. Value should be UUID format", text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_client_error()
    {
        var (status, body) = await _host.SendAsync(HttpMethod.Post, "/v2/lbaas/loadbalancers", "{not json");
        Assert.Equal(400, status);
        Assert.Equal("Client", body.GetProperty("faultcode").GetString());
    }

    [Fact]
    public async Task Update_changes_fields_and_passes_only_the_sent_ones_to_the_driver()
    {
        var id = await _host.CreateActiveLoadBalancerAsync();
        var (status, body) = await _host.PutAsync($"/v2/lbaas/loadbalancers/{id}",
            new { loadbalancer = new { description = "d", name = (string?)null } });
        Assert.Equal(200, status);
        Assert.Equal("PENDING_UPDATE", body.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString());
        Assert.Equal("", body.GetProperty("loadbalancer").GetProperty("name").GetString());
        await _host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{id}", "loadbalancer", "ACTIVE");

        var request = _host.Driver.Requests.OfType<Sdk.V1.UpdateLoadBalancerRequest>().Single();
        Assert.Equal("lb1", request.Current.Name);
        Assert.True(request.Name.HasValue);
        Assert.Null(request.Name.Value);
        Assert.Equal("d", request.Description.Value);
        Assert.False(request.AdminStateUp.HasValue);
    }

    [Fact]
    public async Task Updating_a_pending_load_balancer_conflicts()
    {
        _host.Driver.Silent = true;
        var (_, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { vip_subnet_id = Subnets.Vip } });
        var id = body.GetProperty("loadbalancer").GetProperty("id").GetString();
        var (status, fault) = await _host.PutAsync($"/v2/lbaas/loadbalancers/{id}", new { loadbalancer = new { name = "n" } });
        Assert.Equal(409, status);
        Assert.Equal($"Invalid state PENDING_CREATE of loadbalancer resource {id}", fault.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task Delete_soft_deletes_and_the_load_balancer_then_answers_404()
    {
        var id = await _host.CreateActiveLoadBalancerAsync();
        var (status, _) = await _host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(204, status);
        await _host.WaitForGoneAsync($"/v2/lbaas/loadbalancers/{id}");
        var (_, list) = await _host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal(0, list.GetProperty("loadbalancers").GetArrayLength());
    }

    [Fact]
    public async Task A_driver_that_refuses_the_create_leaves_nothing_behind()
    {
        _host.Driver.Failure = () => new Sdk.V1.UnsupportedOptionException("no UDP here", "operator detail");
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { vip_subnet_id = Subnets.Vip } });
        Assert.Equal(501, status);
        Assert.Equal("Provider 'fake' does not support a requested option: no UDP here", body.GetProperty("faultstring").GetString());
        var (_, list) = await _host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal(0, list.GetProperty("loadbalancers").GetArrayLength());
    }

    [Fact]
    public async Task A_driver_error_puts_the_load_balancer_in_error()
    {
        _host.Driver.Failure = () => new Sdk.V1.DriverException("boom", "operator boom");
        var (status, body) = await _host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { vip_subnet_id = Subnets.Vip } });
        Assert.Equal(500, status);
        Assert.Equal("Provider 'fake' reports error: boom", body.GetProperty("faultstring").GetString());
        Assert.Equal("Server", body.GetProperty("faultcode").GetString());
        var (_, list) = await _host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal("ERROR", list.GetProperty("loadbalancers")[0].GetProperty("provisioning_status").GetString());
    }

    [Fact]
    public async Task Status_tree_and_stats_of_an_empty_load_balancer()
    {
        var id = await _host.CreateActiveLoadBalancerAsync();
        var (status, body) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}/status");
        Assert.Equal(200, status);
        var tree = body.GetProperty("statuses").GetProperty("loadbalancer");
        Assert.Equal("ACTIVE", tree.GetProperty("provisioning_status").GetString());
        Assert.Equal(0, tree.GetProperty("listeners").GetArrayLength());
        (status, body) = await _host.GetAsync($"/v2/lbaas/loadbalancers/{id}/stats");
        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("stats").GetProperty("bytes_in").GetInt64());
    }

    [Fact]
    public async Task Failover_answers_202_and_settles()
    {
        var id = await _host.CreateActiveLoadBalancerAsync();
        var (status, _) = await _host.PutAsync($"/v2/lbaas/loadbalancers/{id}/failover", new { });
        Assert.Equal(202, status);
        await _host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{id}", "loadbalancer", "ACTIVE");
    }
}
