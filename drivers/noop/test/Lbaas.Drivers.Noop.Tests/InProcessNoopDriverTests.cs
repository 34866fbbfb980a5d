using Lbaas.Drivers.Noop.Faults;
using Lbaas.Drivers.Noop.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lbaas.Drivers.Noop.Tests;

/// <summary>Runs the behaviour suite against the noop driver in-process, wired as its plugin wires it.</summary>
public sealed class InProcessNoopDriverTests : ProviderDriverBehaviourTests
{
    [Fact]
    public async Task The_driver_administers_one_simulated_amphora_per_load_balancer_and_fails_it_over()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer());
        var admin = Assert.IsAssignableFrom<IAmphoraAdministration>(Driver);

        var amphora = Assert.Single(await admin.ListAmphoraeAsync(lb.Id, Ct));
        Assert.Equal("ALLOCATED", amphora.Status);
        Assert.Equal(lb.Vip.Address, amphora.HaIp);
        await Assert.ThrowsAsync<UnsupportedOptionException>(() => admin.DeleteAmphoraAsync(amphora.Id, Ct));

        await admin.FailoverAmphoraAsync(amphora.Id, Ct);
        await Lib.WaitUntilAsync(() => Lib.ReportsFor(ObjectKind.LoadBalancer, lb.Id) == 2, () => "load balancer report after amphora failover");
        var replacement = Assert.Single(await admin.ListAmphoraeAsync(lb.Id, Ct));
        Assert.NotEqual(amphora.Id, replacement.Id);
        Assert.Null(await admin.GetAmphoraAsync(amphora.Id, Ct));
    }

    [Fact]
    public async Task An_active_standby_flavor_gets_a_master_and_a_backup_amphora()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Topology, "ACTIVE_STANDBY"))));

        var amphorae = await ((IAmphoraAdministration)Driver).ListAmphoraeAsync(lb.Id, Ct);

        Assert.Equal(["BACKUP", "MASTER"], amphorae.Select(a => a.Role).Order());
    }

    [Fact]
    public async Task The_statistics_reporter_reports_every_listener_each_interval()
    {
        var services = NewServices();
        await using var provider = services.BuildServiceProvider();
        var driver = provider.GetRequiredService<IProviderDriver>();
        var graph = TestGraph.Full();
        await driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = graph.LoadBalancer }, Ct);
        var reporter = Assert.Single(provider.GetServices<IHostedService>());
        await reporter.StartAsync(Ct);
        try
        {
            await Lib.WaitUntilAsync(
                () =>
                {
                    Time.Advance(TimeSpan.FromSeconds(30));
                    return Lib.HasStatistics(graph.Listener.Id);
                },
                () => $"statistics for listener {graph.Listener.Id}: none arrived",
                recheckEvery: TimeSpan.FromMilliseconds(20));
        }
        finally
        {
            await reporter.StopAsync(Ct);
        }
    }

    [Fact]
    public async Task A_disposed_driver_refuses_calls()
    {
        var services = NewServices();
        var provider = services.BuildServiceProvider();
        var driver = provider.GetRequiredService<IProviderDriver>();
        await provider.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => driver.GetCapabilitiesAsync(Ct));
    }

    protected override Task<(IProviderDriver Driver, IAsyncDisposable Lifetime)> StartAsync()
    {
        var provider = NewServices().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return Task.FromResult<(IProviderDriver, IAsyncDisposable)>((provider.GetRequiredService<IProviderDriver>(), provider));
    }

    private ServiceCollection NewServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDriverLib>(Lib);
        services.AddSingleton<INetworkClient>(Network);
        services.AddSingleton<TimeProvider>(Time);
        new NoopProviderPlugin().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services;
    }
}
