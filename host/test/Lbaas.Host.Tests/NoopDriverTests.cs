using System.Text.Json;
using Lbaas.Host.Tests.Catalog;
using Lbaas.Host.Tests.Support;
using Lbaas.Host.Watchdog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Host.Tests;

/// <summary>Runs the host with the real noop plugin and drives its failure paths through flavor metadata.</summary>
public sealed class NoopDriverTests
{
    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Creates a noop flavor profile with <paramref name="flavorData"/> and a flavor on it; returns the flavor id.</summary>
    private static async Task<string> CreateFlavorAsync(TestHost host, object flavorData)
    {
        var (status, body) = await host.PostAsync("/v2/lbaas/flavorprofiles", new
        {
            flavorprofile = new { name = "faults", provider_name = "noop", flavor_data = JsonSerializer.Serialize(flavorData) },
        });
        Assert.True(status == 201, $"flavor profile create answered {status}: {body}");
        (status, body) = await host.PostAsync("/v2/lbaas/flavors", new
        {
            flavor = new { name = "faults", flavor_profile_id = body.GetProperty("flavorprofile").GetProperty("id").GetString() },
        });
        Assert.True(status == 201, $"flavor create answered {status}: {body}");
        return body.GetProperty("flavor").GetProperty("id").GetString()!;
    }

    /// <summary>Posts a fully populated load balancer: an HTTP listener whose default pool has a monitor and two members.</summary>
    private static Task<(int Status, JsonElement Body)> CreateGraphAsync(TestHost host, string? flavorId) =>
        host.PostAsync("/v2/lbaas/loadbalancers", new
        {
            loadbalancer = new Dictionary<string, object?>
            {
                ["name"] = "noop",
                ["vip_subnet_id"] = Subnets.Vip,
                ["flavor_id"] = flavorId,
                ["listeners"] = new object[] { new { protocol = "HTTP", protocol_port = 80, default_pool = new { name = "web" } } },
                ["pools"] = new object[]
                {
                    new
                    {
                        name = "web",
                        protocol = "HTTP",
                        lb_algorithm = "ROUND_ROBIN",
                        healthmonitor = new { type = "HTTP", delay = 5, timeout = 3, max_retries = 3 },
                        members = new object[]
                        {
                            new { address = "192.0.2.20", protocol_port = 8080 },
                            new { address = "192.0.2.21", protocol_port = 8080 },
                        },
                    },
                },
            },
        });

    /// <summary>Reads the provisioning status of every object in a load balancer's status tree.</summary>
    private static async Task<List<string>> TreeAsync(TestHost host, string lbId)
    {
        var (status, body) = await host.GetAsync($"/v2/lbaas/loadbalancers/{lbId}/status");
        Assert.True(status == 200, $"status tree answered {status}: {body}");
        var statuses = new List<string>();
        Collect(body.GetProperty("statuses").GetProperty("loadbalancer"), statuses);
        return statuses;
    }

    private static void Collect(JsonElement node, List<string> statuses)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, statuses);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("provisioning_status", out var s))
            {
                statuses.Add(s.GetString()!);
            }

            foreach (var child in node.EnumerateObject())
            {
                Collect(child.Value, statuses);
            }
        }
    }

    private static string Summary(List<string> statuses) => string.Join(",", statuses.Distinct().Order());

    private static string IdOf(JsonElement body) => body.GetProperty("loadbalancer").GetProperty("id").GetString()!;

    [Fact]
    public async Task A_fully_populated_load_balancer_goes_active_on_the_noop_plugin_and_cascade_deletes()
    {
        await using var host = TestHost.StartWithNoop();
        var (status, body) = await CreateGraphAsync(host, flavorId: null);
        Assert.True(status == 201, $"create answered {status}: {body}");
        Assert.Equal("noop", body.GetProperty("loadbalancer").GetProperty("provider").GetString());
        var id = IdOf(body);

        await Eventually.EqualAsync("ACTIVE", async _ => Summary(await TreeAsync(host, id)), $"status tree of load balancer {id}");
        Assert.Equal(6, (await TreeAsync(host, id)).Count);

        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}?cascade=true");
        Assert.Equal(204, status);
        await host.WaitForGoneAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(0, (await host.GetAsync("/v2/lbaas/pools")).Body.GetProperty("pools").GetArrayLength());
    }

    [Fact]
    public async Task A_create_the_driver_does_not_support_is_rolled_back_and_leaves_nothing_behind()
    {
        await using var host = TestHost.StartWithNoop();
        var flavor = await CreateFlavorAsync(host, new { noop_unsupported = "create_load_balancer" });
        var (_, portsBefore) = await host.GetAsync("/v2.0/ports");

        var (status, body) = await CreateGraphAsync(host, flavor);

        Assert.Equal(501, status);
        Assert.StartsWith("Provider 'noop' does not support a requested option: ", body.GetProperty("faultstring").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await host.GetAsync("/v2/lbaas/loadbalancers")).Body.GetProperty("loadbalancers").GetArrayLength());
        Assert.Equal(0, (await host.GetAsync("/v2/lbaas/listeners")).Body.GetProperty("listeners").GetArrayLength());
        Assert.Equal(0, (await host.GetAsync("/v2/lbaas/pools")).Body.GetProperty("pools").GetArrayLength());
        Assert.Equal(0, (await host.GetAsync("/v2/lbaas/healthmonitors")).Body.GetProperty("healthmonitors").GetArrayLength());
        var (_, portsAfter) = await host.GetAsync("/v2.0/ports");
        Assert.Equal(portsBefore.GetProperty("ports").GetArrayLength(), portsAfter.GetProperty("ports").GetArrayLength());
    }

    [Fact]
    public async Task A_driver_error_answers_500_and_puts_the_whole_graph_in_error()
    {
        await using var host = TestHost.StartWithNoop();
        var flavor = await CreateFlavorAsync(host, new { noop_fail = "create_load_balancer" });

        var (status, body) = await CreateGraphAsync(host, flavor);

        Assert.Equal(500, status);
        Assert.StartsWith("Provider 'noop' reports error: ", body.GetProperty("faultstring").GetString(), StringComparison.Ordinal);
        var (_, list) = await host.GetAsync("/v2/lbaas/loadbalancers");
        var id = Assert.Single(list.GetProperty("loadbalancers").EnumerateArray()).GetProperty("id").GetString()!;
        var tree = await TreeAsync(host, id);
        Assert.Equal(6, tree.Count);
        Assert.All(tree, s => Assert.Equal("ERROR", s));
    }

    [Fact]
    public async Task An_error_the_driver_reports_later_reaches_the_load_balancer()
    {
        await using var host = TestHost.StartWithNoop();
        var flavor = await CreateFlavorAsync(host, new { noop_report_error = "create_load_balancer" });

        var (status, body) = await CreateGraphAsync(host, flavor);

        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = IdOf(body);
        await host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{id}", "loadbalancer", "ERROR");
        await Eventually.EqualAsync(false, async _ => (await TreeAsync(host, id)).Any(s => s.StartsWith("PENDING_", StringComparison.Ordinal)),
            $"any object of load balancer {id} still pending");
        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("ERROR", shown.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString());
    }

    [Fact]
    public async Task A_create_the_driver_never_reports_is_settled_active_by_the_watchdog_asking_the_noop()
    {
        var time = NewClock();
        await using var host = TestHost.StartWithNoop(new() { ["Lbaas:Watchdog:PendingTimeout"] = "00:05:00" }, time);
        var flavor = await CreateFlavorAsync(host, new { noop_stuck = "create_load_balancer" });
        var (status, body) = await CreateGraphAsync(host, flavor);
        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = IdOf(body);
        var watchdog = host.Services.GetRequiredService<PendingStateWatchdog>();

        time.Advance(TimeSpan.FromMinutes(4));
        await watchdog.ExpireAsync(CancellationToken.None);
        Assert.Equal("PENDING_CREATE", Summary(await TreeAsync(host, id)));

        // The noop did the work and only never said so: asked, it reports the whole graph done.
        time.Advance(TimeSpan.FromMinutes(2));
        await watchdog.ExpireAsync(CancellationToken.None);
        var tree = await TreeAsync(host, id);
        Assert.Equal(6, tree.Count);
        Assert.Equal("ACTIVE", Summary(tree));
        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("ONLINE", shown.GetProperty("loadbalancer").GetProperty("operating_status").GetString());
        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}?cascade=true");
        Assert.Equal(204, status);
        await host.WaitForGoneAsync($"/v2/lbaas/loadbalancers/{id}");
    }

    [Fact]
    public async Task A_create_whose_status_query_fails_is_moved_to_error_by_the_watchdog_saying_why()
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        await using var host = TestHost.StartWithNoop(new() { ["Lbaas:Watchdog:PendingTimeout"] = "00:05:00" }, time,
            s => s.AddSingleton<ILoggerProvider>(logs));
        var flavor = await CreateFlavorAsync(host, new { noop_stuck = "create_load_balancer", noop_fail = "get_load_balancer_status" });
        var (status, body) = await CreateGraphAsync(host, flavor);
        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = IdOf(body);

        time.Advance(TimeSpan.FromMinutes(6));
        await host.Services.GetRequiredService<PendingStateWatchdog>().ExpireAsync(CancellationToken.None);

        Assert.Equal("ERROR", Summary(await TreeAsync(host, id)));
        var reasons = logs.Entries.Where(e => e.Message.Contains($"(load balancer '{id}')", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(6, reasons.Count);
        const string Reason =
            "because the status query failed: Provider 'noop' reports error: Provider 'noop' failed get_load_balancer_status as the flavor asks (noop_fail).";
        Assert.All(reasons, r => Assert.True(r.EndsWith(Reason, StringComparison.Ordinal), r));
        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}?cascade=true");
        Assert.Equal(204, status);
        await host.WaitForGoneAsync($"/v2/lbaas/loadbalancers/{id}");
    }

    [Fact]
    public async Task A_delete_the_noop_has_forgotten_is_moved_to_error_because_it_has_no_record()
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        await using var host = TestHost.StartWithNoop(new() { ["Lbaas:Watchdog:PendingTimeout"] = "00:05:00" }, time,
            s => s.AddSingleton<ILoggerProvider>(logs));
        var flavor = await CreateFlavorAsync(host, new { noop_stuck = "delete_load_balancer" });
        var (status, body) = await CreateGraphAsync(host, flavor);
        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = IdOf(body);
        await Eventually.EqualAsync("ACTIVE", async _ => Summary(await TreeAsync(host, id)), $"status tree of load balancer {id}");

        // The noop drops a load balancer from its model when it accepts the delete; the report never comes.
        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}?cascade=true");
        Assert.Equal(204, status);
        time.Advance(TimeSpan.FromMinutes(6));
        await host.Services.GetRequiredService<PendingStateWatchdog>().ExpireAsync(CancellationToken.None);

        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("ERROR", shown.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString());
        Assert.Contains(logs.Entries, e => e.Message.Contains(
            $"The load balancer '{id}' (load balancer '{id}') stayed PENDING_DELETE longer than 300 s; " +
            "it is now ERROR because provider 'noop' has no record of its load balancer.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delayed_report_shows_pending_first_and_active_once_the_delay_passed()
    {
        var time = NewClock();
        await using var host = TestHost.StartWithNoop(new() { ["Lbaas:Watchdog:PendingTimeout"] = "01:00:00" }, time);
        var flavor = await CreateFlavorAsync(host, new { noop_delay_ms = 30000 });

        var (status, body) = await CreateGraphAsync(host, flavor);

        Assert.True(status == 201, $"create answered {status}: {body}");
        var id = IdOf(body);
        Assert.Equal("PENDING_CREATE", Summary(await TreeAsync(host, id)));

        // The report waits on the fake clock: nothing can settle until the test moves it past 30 s.
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("PENDING_CREATE", Summary(await TreeAsync(host, id)));
        await Eventually.EqualAsync("ACTIVE", async _ =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return Summary(await TreeAsync(host, id));
        }, $"status tree of load balancer {id} after the delay");
    }
}
