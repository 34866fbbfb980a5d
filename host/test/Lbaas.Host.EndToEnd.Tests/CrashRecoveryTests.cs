using System.Text.Json;
using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>Kills the host mid-create and restarts it on the same database: every object must converge.</summary>
public sealed class CrashRecoveryTests
{
    // The restarted host gets a short watchdog deadline so it settles, within the test, what the dead one left PENDING.
    // The first host keeps the default (minutes), so nothing settles before the kill however slow the machine is.
    private static readonly Dictionary<string, string> FastWatchdog = new()
    {
        ["Lbaas__Watchdog__PendingTimeout"] = "00:00:05",
        ["Lbaas__Watchdog__ScanInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Objects_pending_when_the_host_is_killed_converge_after_a_restart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("lbaas-crash-").FullName;
        try
        {
            string lbId;
            await using (var first = await HostProcess.StartAsync(dataDirectory: dataDirectory))
            {
                var http = first.Http;
                // The noop driver holds its report for ten minutes: the host dies with the whole graph PENDING_CREATE.
                var profile = await http.PostAsync("/v2/lbaas/flavorprofiles", new
                {
                    flavorprofile = new { name = "slow", provider_name = "noop", flavor_data = JsonSerializer.Serialize(new { noop_delay_ms = 600000 }) },
                }, "flavorprofile");
                var flavor = await http.PostAsync("/v2/lbaas/flavors", new
                {
                    flavor = new { name = "slow", flavor_profile_id = profile.GetProperty("id").GetString() },
                }, "flavor");
                var subnetId = await http.SubnetIdAsync("lb-vip-subnet");
                var lb = await http.PostAsync("/v2/lbaas/loadbalancers",
                    Scenarios.FullyPopulatedLoadBalancer("crash", subnetId, flavor.GetProperty("id").GetString()), "loadbalancer");
                lbId = lb.GetProperty("id").GetString()!;

                var before = await http.StatusTreeAsync(lbId);
                Assert.Equal(6, before.Count); // load balancer, listener, pool, monitor, two members
                Assert.All(before, s => Assert.Equal("PENDING_CREATE", s));

                await first.KillAsync();
            }

            await using var second = await HostProcess.StartAsync(FastWatchdog, dataDirectory);
            var settled = await Eventually.MatchAsync(
                _ => second.Http.StatusTreeAsync(lbId),
                tree => tree.All(s => s is "ACTIVE" or "ERROR"),
                TimeSpan.FromSeconds(60),
                $"every object of load balancer {lbId} ACTIVE or ERROR after the restart");
            Assert.Equal(6, settled.Count);

            // Settled means usable: the load balancer accepts a cascade delete and goes away.
            using var delete = await second.Http.DeleteAsync(new Uri($"/v2/lbaas/loadbalancers/{lbId}?cascade=true", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, delete.StatusCode);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
