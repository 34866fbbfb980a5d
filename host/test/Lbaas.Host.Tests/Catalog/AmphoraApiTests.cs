namespace Lbaas.Host.Tests.Catalog;

public sealed class AmphoraApiTests : CatalogApiTest
{
    [Fact]
    public async Task Amphorae_of_a_load_balancer_are_listed_shown_and_counted_by_the_driver_that_runs_them()
    {
        var (_, lb) = await Host.CreateLoadBalancerAsync();
        var lbId = lb.GetProperty("loadbalancer").GetProperty("id").GetString()!;
        await Host.WaitForActiveAsync(lbId);

        var (status, body) = await Host.GetAsync($"/v2/octavia/amphorae?loadbalancer_id={lbId}");
        Assert.Equal(200, status);
        var amphora = Assert.Single(body.GetProperty("amphorae").EnumerateArray());
        Assert.True(body.TryGetProperty("amphorae_links", out _));
        var id = amphora.GetProperty("id").GetString()!;
        Assert.Equal(lbId, amphora.GetProperty("loadbalancer_id").GetString());
        Assert.True(amphora.TryGetProperty("compute_flavor", out _));

        var (_, shown) = await Host.GetAsync($"/v2.0/octavia/amphorae/{id}?fields=status");
        Assert.Equal(["status"], shown.GetProperty("amphora").EnumerateObject().Select(p => p.Name));

        var (statsStatus, stats) = await Host.GetAsync($"/v2/octavia/amphorae/{id}/stats");
        Assert.Equal(200, statsStatus);
        Assert.True(stats.TryGetProperty("amphora_stats", out _));

        Assert.Equal(202, (await Host.PutAsync($"/v2/octavia/amphorae/{id}/config", new { })).Status);
        var (deleteStatus, fault) = await Host.DeleteAsync($"/v2/octavia/amphorae/{id}");
        Assert.Equal(409, deleteStatus);
        Assert.Contains("Invalid state", fault.GetProperty("faultstring").GetString(), StringComparison.Ordinal);

        Assert.Equal(202, (await Host.PutAsync($"/v2/octavia/amphorae/{id}/failover", new { })).Status);
        await Host.WaitForActiveAsync(lbId);
    }

    [Fact]
    public async Task An_unknown_amphora_is_not_found()
    {
        var missing = Guid.NewGuid();
        var (status, body) = await Host.GetAsync($"/v2/octavia/amphorae/{missing}");

        Assert.Equal(404, status);
        Assert.Equal($"Amphora {missing} not found.", body.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task Without_a_provider_that_runs_amphorae_the_api_answers_501()
    {
        await using var host = CatalogHost.Start(new() { ["Lbaas:Providers:Enabled:remote:Url"] = "http://127.0.0.1:1", ["Lbaas:Providers:Default"] = "remote" });

        var (status, body) = await host.GetAsync("/v2/octavia/amphorae");

        Assert.Equal(501, status);
        Assert.Equal("No enabled provider supports amphora administration.", body.GetProperty("faultstring").GetString());
    }
}
