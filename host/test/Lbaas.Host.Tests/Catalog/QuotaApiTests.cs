namespace Lbaas.Host.Tests.Catalog;

public sealed class QuotaApiTests : CatalogApiTest
{
    private const string DefaultProject = "6a2b7c5e3d4f4a8b9c0d1e2f3a4b5c6d";

    protected override Dictionary<string, string?> Settings => new() { ["Lbaas:Quotas:DefaultPoolQuota"] = "7" };

    [Fact]
    public async Task A_project_shows_the_configured_defaults_under_octavias_stored_names()
    {
        var (status, body) = await Host.GetAsync("/v2/lbaas/quotas/p1");

        Assert.Equal(200, status);
        var quota = body.GetProperty("quota");
        Assert.Equal(["load_balancer", "listener", "member", "pool", "health_monitor", "l7policy", "l7rule"],
            quota.EnumerateObject().Select(p => p.Name));
        Assert.Equal(-1, quota.GetProperty("load_balancer").GetInt32());
        Assert.Equal(7, quota.GetProperty("pool").GetInt32());

        var (_, defaults) = await Host.GetAsync("/v2/lbaas/quotas/p1/default");
        Assert.Equal(7, defaults.GetProperty("quota").GetProperty("pool").GetInt32());
    }

    [Fact]
    public async Task Put_takes_both_spellings_answers_202_and_the_list_shows_both_with_null_for_defaults()
    {
        var (status, body) = await Host.PutAsync("/v2/lbaas/quotas/p1",
            new { quota = new { loadbalancer = 5, health_monitor = 3, member = (int?)null } });

        Assert.Equal(202, status);
        Assert.Equal(5, body.GetProperty("quota").GetProperty("load_balancer").GetInt32());
        Assert.Equal(3, body.GetProperty("quota").GetProperty("health_monitor").GetInt32());
        Assert.Equal(-1, body.GetProperty("quota").GetProperty("member").GetInt32());

        var (_, list) = await Host.GetAsync("/v2/lbaas/quotas");
        var row = Assert.Single(list.GetProperty("quotas").EnumerateArray());
        Assert.Equal("p1", row.GetProperty("project_id").GetString());
        Assert.Equal("p1", row.GetProperty("tenant_id").GetString());
        Assert.Equal(5, row.GetProperty("loadbalancer").GetInt32());
        Assert.Equal(5, row.GetProperty("load_balancer").GetInt32());
        Assert.Equal(3, row.GetProperty("healthmonitor").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("pool").ValueKind);
        Assert.True(list.TryGetProperty("quotas_links", out _));

        var (_, filtered) = await Host.GetAsync("/v2/lbaas/quotas?project_id=p2");
        Assert.Equal(0, filtered.GetProperty("quotas").GetArrayLength());

        var (reset, resetBody) = await Host.DeleteAsync("/v2/lbaas/quotas/p1");
        Assert.Equal(202, reset);
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, resetBody.ValueKind);
        Assert.Equal(-1, (await Host.GetAsync("/v2/lbaas/quotas/p1")).Body.GetProperty("quota").GetProperty("load_balancer").GetInt32());
        Assert.Equal(404, (await Host.DeleteAsync("/v2/lbaas/quotas/never-set")).Status);
    }

    [Fact]
    public async Task Bad_quota_values_are_refused()
    {
        var (low, body) = await Host.PutAsync("/v2/lbaas/quotas/p1", new { quota = new { listener = -2 } });
        Assert.Equal(400, low);
        Assert.Contains("listener", body.GetProperty("faultstring").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, (await Host.PutAsync("/v2/lbaas/quotas/p1", new { quota = new { listener = "many" } })).Status);
        Assert.Equal(400, (await Host.PutAsync("/v2/lbaas/quotas/p1", new { quota = new { widgets = 1 } })).Status);
    }

    [Fact]
    public async Task A_met_quota_refuses_the_next_create_with_403_and_a_delete_gives_it_back()
    {
        Assert.Equal(202, (await Host.PutAsync($"/v2/lbaas/quotas/{DefaultProject}", new { quota = new { load_balancer = 1 } })).Status);
        var (created, lb) = await Host.CreateLoadBalancerAsync();
        Assert.True(created == 201, lb.ToString());
        var id = lb.GetProperty("loadbalancer").GetProperty("id").GetString()!;
        await Host.WaitForActiveAsync(id);

        var (status, fault) = await Host.CreateLoadBalancerAsync();
        Assert.Equal(403, status);
        Assert.Equal("Quota has been met for resources: Load Balancer", fault.GetProperty("faultstring").GetString());

        Assert.Equal(204, (await Host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}")).Status);
        await Eventually.EqualAsync(404, async _ => (await Host.GetAsync($"/v2/lbaas/loadbalancers/{id}")).Status,
            $"deletion of load balancer {id}");
        var (again, body) = await Host.CreateLoadBalancerAsync();
        Assert.True(again == 201, body.ToString());
    }

    [Fact]
    public async Task A_child_create_the_driver_refuses_with_501_gives_its_quota_back()
    {
        Assert.Equal(202, (await Host.PutAsync($"/v2/lbaas/quotas/{DefaultProject}", new { quota = new { listener = 1 } })).Status);
        var profile = await Host.CreateFlavorProfileAsync(data: """{"noop_unsupported": "create_listener"}""");
        var refusing = await Host.CreateFlavorAsync(profile);
        var lbs = new List<string>();
        foreach (var extra in new object?[] { new { flavor_id = refusing }, null })
        {
            var (created, lb) = await Host.CreateLoadBalancerAsync(extra);
            Assert.True(created == 201, lb.ToString());
            lbs.Add(lb.GetProperty("loadbalancer").GetProperty("id").GetString()!);
            await Host.WaitForActiveAsync(lbs[^1]);
        }

        var listener = new { listener = new { loadbalancer_id = lbs[0], protocol = "HTTP", protocol_port = 80 } };
        Assert.Equal(501, (await Host.PostAsync("/v2/lbaas/listeners", listener)).Status);

        // The refused listener's reservation was given back: the project's one listener fits on the other load balancer.
        var (status, body) = await Host.PostAsync("/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lbs[1], protocol = "HTTP", protocol_port = 80 } });
        Assert.True(status == 201, body.ToString());
    }

    [Fact]
    public async Task Concurrent_creates_never_exceed_the_quota()
    {
        Assert.Equal(202, (await Host.PutAsync($"/v2/lbaas/quotas/{DefaultProject}", new { quota = new { loadbalancer = 3 } })).Status);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Host.CreateLoadBalancerAsync())));

        Assert.Equal(3, answers.Count(a => a.Status == 201));
        Assert.All(answers.Where(a => a.Status != 201), a => Assert.Equal(403, a.Status));
    }
}
