using System.Net;
using Lbaas.Host.EndToEnd.Tests.Support;
using Lbaas.Host.TestSupport;

namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>Runs the host on PostgreSQL (a throwaway cluster) instead of the embedded SQLite file.</summary>
public sealed class PostgresPersistenceTests
{
    [Fact]
    public async Task The_host_persists_a_load_balancer_graph_in_postgresql_across_a_restart()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Lbaas__Database"] = "postgres",
            ["ConnectionStrings__Lbaas"] = postgres.ConnectionString("lbaas"),
        };

        string lbId;
        await using (var host = await HostProcess.StartAsync(settings))
        {
            var subnetId = await host.Http.SubnetIdAsync("lb-vip-subnet");
            var lb = await host.Http.PostAsync("/v2/lbaas/loadbalancers", Scenarios.FullyPopulatedLoadBalancer("pg", subnetId), "loadbalancer");
            lbId = lb.GetProperty("id").GetString()!;
            await Eventually.MatchAsync(_ => host.Http.StatusTreeAsync(lbId), tree => tree.All(s => s == "ACTIVE"),
                TimeSpan.FromSeconds(30), $"graph of load balancer {lbId} ACTIVE on PostgreSQL");
        }

        // A second host on the same database sees everything the first one stored.
        await using (var again = await HostProcess.StartAsync(settings))
        {
            var tree = await again.Http.StatusTreeAsync(lbId);
            Assert.Equal(6, tree.Count);
            Assert.All(tree, s => Assert.Equal("ACTIVE", s));
            var list = await again.Http.GetJsonAsync("/v2/lbaas/loadbalancers");
            Assert.Single(list.GetProperty("loadbalancers").EnumerateArray());

            using var delete = await again.Http.DeleteAsync(new Uri($"/v2/lbaas/loadbalancers/{lbId}?cascade=true", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            await Eventually.MatchAsync(
                async ct =>
                {
                    using var response = await again.Http.GetAsync(new Uri($"/v2/lbaas/loadbalancers/{lbId}", UriKind.Relative), ct);
                    return response.StatusCode;
                },
                code => code == HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), $"load balancer {lbId} gone");
        }
    }
}
