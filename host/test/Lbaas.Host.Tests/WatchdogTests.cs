using Lbaas.Host.Providers;
using Lbaas.Host.Tests.Catalog;
using Lbaas.Host.Tests.Support;
using Lbaas.Host.Watchdog;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Host.Tests;

public sealed class WatchdogTests
{
    private static readonly Dictionary<string, string?> FiveMinutes = new() { ["Lbaas:Watchdog:PendingTimeout"] = "00:05:00" };

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Starts a host whose only provider, <c>fake</c>, is <paramref name="driver"/>, collecting logs in <paramref name="logs"/>.</summary>
    private static TestHost StartWith(StatusQueryDriver driver, FakeTimeProvider time, CatalogHost.LogCollector logs) =>
        TestHost.Start(new(FiveMinutes), time, s =>
        {
            s.AddSingleton<IProviderRegistry>(new TestProviderRegistry("fake", new Dictionary<string, IProviderDriver> { ["fake"] = driver }));
            s.AddSingleton<ILoggerProvider>(logs);
        });

    private static async Task<Guid> CreateLoadBalancerAsync(TestHost host)
    {
        var (status, body) = await host.PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = new { vip_subnet_id = Subnets.Vip } });
        Assert.True(status == 201, $"LB create answered {status}: {body}");
        return Guid.Parse(body.GetProperty("loadbalancer").GetProperty("id").GetString()!);
    }

    private static async Task<(string Provisioning, string Operating)> StatusOfAsync(TestHost host, Guid id)
    {
        var (_, shown) = await host.GetAsync($"/v2/lbaas/loadbalancers/{id}");
        var lb = shown.GetProperty("loadbalancer");
        return (lb.GetProperty("provisioning_status").GetString()!, lb.GetProperty("operating_status").GetString()!);
    }

    /// <summary>Moves the clock past the deadline and scans; the background scan ticks on the same clock, so the outcome does not depend on it.</summary>
    private static Task PassTheDeadlineAsync(TestHost host, FakeTimeProvider time)
    {
        time.Advance(TimeSpan.FromMinutes(6));
        return host.Services.GetRequiredService<PendingStateWatchdog>().ExpireAsync(CancellationToken.None);
    }

    private static void AssertLogged(CatalogHost.LogCollector logs, string fragment) =>
        Assert.True(logs.Entries.Any(e => e.Message.Contains(fragment, StringComparison.Ordinal)),
            $"no log line contains \"{fragment}\"; the watchdog logged: {string.Join(" | ", logs.Entries.Where(e => e.Category.EndsWith("Watchdog", StringComparison.Ordinal)).Select(e => e.Message))}");

    [Fact]
    public async Task A_load_balancer_nobody_reports_on_goes_to_error_after_the_deadline()
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        await using var host = TestHost.Start(new(FiveMinutes), time, s => s.AddSingleton<ILoggerProvider>(logs));
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
        AssertLogged(logs, $"The load balancer '{id}' (load balancer '{id}') stayed PENDING_CREATE longer than 300 s; it is now ERROR " +
                           $"because provider 'fake' cannot be asked (no {nameof(IStatusQuery)}).");
        (status, _) = await host.DeleteAsync($"/v2/lbaas/loadbalancers/{id}");
        Assert.Equal(204, status);
    }

    [Fact]
    public async Task A_driver_that_answers_settles_its_load_balancer_without_an_error()
    {
        var time = NewClock();
        var driver = new StatusQueryDriver { Answer = id => new StatusUpdate { LoadBalancers = [new(id, ProvisioningStatus.Active, OperatingStatus.Online)] } };
        await using var host = StartWith(driver, time, new CatalogHost.LogCollector());
        var id = await CreateLoadBalancerAsync(host);

        await PassTheDeadlineAsync(host, time);

        Assert.Equal(("ACTIVE", "ONLINE"), await StatusOfAsync(host, id));
    }

    [Fact]
    public async Task An_object_the_driver_still_reports_pending_goes_to_error_and_keeps_the_operating_status_it_reported()
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        var driver = new StatusQueryDriver
        {
            Answer = id => new StatusUpdate { LoadBalancers = [new(id, ProvisioningStatus.PendingCreate, OperatingStatus.Online)] },
        };
        await using var host = StartWith(driver, time, logs);
        var id = await CreateLoadBalancerAsync(host);

        await PassTheDeadlineAsync(host, time);

        Assert.Equal(("ERROR", "ONLINE"), await StatusOfAsync(host, id));
        AssertLogged(logs, "because provider 'fake' still reports it PENDING_CREATE.");
    }

    [Theory]
    [InlineData(false, "because provider 'fake' has no record of its load balancer.")]
    [InlineData(true, "because provider 'fake' left it out of its answer.")]
    public async Task An_object_the_driver_does_not_account_for_goes_to_error_saying_why(bool knowsTheLoadBalancer, string reason)
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        await using var host = StartWith(new StatusQueryDriver { Answer = _ => knowsTheLoadBalancer ? new StatusUpdate() : null }, time, logs);
        var id = await CreateLoadBalancerAsync(host);

        await PassTheDeadlineAsync(host, time);

        Assert.Equal("ERROR", (await StatusOfAsync(host, id)).Provisioning);
        AssertLogged(logs, reason);
    }

    [Fact]
    public async Task A_driver_that_does_not_declare_the_status_query_is_not_asked()
    {
        var time = NewClock();
        var logs = new CatalogHost.LogCollector();
        var driver = new StatusQueryDriver
        {
            DeclaresStatusQuery = false,
            Answer = id => new StatusUpdate { LoadBalancers = [new(id, ProvisioningStatus.Active, OperatingStatus.Online)] },
        };
        await using var host = StartWith(driver, time, logs);
        var id = await CreateLoadBalancerAsync(host);

        await PassTheDeadlineAsync(host, time);

        Assert.Equal("ERROR", (await StatusOfAsync(host, id)).Provisioning);
        AssertLogged(logs, $"because provider 'fake' cannot be asked (it does not declare {ProviderFeature.StatusQuery}).");
    }

    [Fact]
    public async Task An_answer_cannot_change_another_load_balancer()
    {
        var time = NewClock();
        var driver = new StatusQueryDriver();
        await using var host = StartWith(driver, time, new CatalogHost.LogCollector());
        var settled = await CreateLoadBalancerAsync(host);
        await host.Services.GetRequiredService<IDriverLib>().UpdateStatusAsync(
            new StatusUpdate { LoadBalancers = [new(settled, ProvisioningStatus.Active, OperatingStatus.Online)] }, CancellationToken.None);
        var stuck = await CreateLoadBalancerAsync(host);
        driver.Answer = id => new StatusUpdate
        {
            LoadBalancers = [new(id, ProvisioningStatus.Active, OperatingStatus.Online), new(settled, ProvisioningStatus.Error, OperatingStatus.Error)],
        };

        await PassTheDeadlineAsync(host, time);

        Assert.Equal(("ACTIVE", "ONLINE"), await StatusOfAsync(host, stuck));
        Assert.Equal(("ACTIVE", "ONLINE"), await StatusOfAsync(host, settled));
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
