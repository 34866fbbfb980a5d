using Lbaas.Host.Tests.Support;
using Lbaas.Host.Watchdog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Host.Tests;

public sealed class WatchdogTests
{
    [Fact]
    public async Task A_load_balancer_nobody_reports_on_goes_to_error_after_the_deadline()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = TestHost.Start(new() { ["Lbaas:Watchdog:PendingTimeout"] = "00:05:00" }, time);
        host.Driver.Silent = true;
        var (status, body) = await host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { vip_subnet_id = Subnets.Vip } });
        Assert.Equal(201, status);
        var id = body.GetProperty("loadbalancer").GetProperty("id").GetString();
        var watchdog = host.Services.GetRequiredService<PendingStateWatchdog>();

        // The background scan also ticks on the fake clock; the explicit scans make the outcome independent of it.
        time.Advance(TimeSpan.FromMinutes(4));
        await watchdog.ExpireAsync(CancellationToken.None);
        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("PENDING_CREATE", shown.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString());
        time.Advance(TimeSpan.FromMinutes(2));
        await watchdog.ExpireAsync(CancellationToken.None);

        (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal("ERROR", shown.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString());
        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(204, status);
    }

    [Fact]
    public async Task Listener_statistics_are_stored_absolute_and_summed_per_load_balancer()
    {
        await using var host = TestHost.Start();
        var lb = await host.CreateActiveLoadBalancerAsync();
        var l1 = await host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "TCP", protocol_port = 80 } }, lb);
        var l2 = await host.CreateActiveAsync("/v2/lbaas/listeners", "listener",
            new { listener = new { loadbalancer_id = lb, protocol = "TCP", protocol_port = 81 } }, lb);
        var lib = host.Services.GetRequiredService<Sdk.V1.IDriverLib>();
        await lib.UpdateListenerStatisticsAsync(
            [new() { ListenerId = Guid.Parse(l1), BytesIn = 100, TotalConnections = 5 }, new() { ListenerId = Guid.Parse(l2), BytesIn = 1 }],
            CancellationToken.None);
        await lib.UpdateListenerStatisticsAsync([new() { ListenerId = Guid.Parse(l1), BytesIn = 10, TotalConnections = 6 }], CancellationToken.None);

        var (_, stats) = await host.GetAsync($"/v2/lbaas/listeners/{l1}/stats");
        Assert.Equal(10, stats.GetProperty("stats").GetProperty("bytes_in").GetInt64());
        (_, stats) = await host.GetAsync($"/v2/lbaas/loadbalancers/{lb}/stats");
        Assert.Equal(11, stats.GetProperty("stats").GetProperty("bytes_in").GetInt64());
        Assert.Equal(6, stats.GetProperty("stats").GetProperty("total_connections").GetInt64());
    }
}
