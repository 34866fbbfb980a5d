using System.Net;
using Lbaas.Drivers.Noop.Faults;
using Lbaas.Drivers.Noop.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Drivers.Noop.Tests;

/// <summary>Checks the noop driver's behaviour through <see cref="IProviderDriver"/> alone, so every way of reaching
/// the driver (in-process, over gRPC) runs the same suite.</summary>
public abstract class ProviderDriverBehaviourTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private readonly List<IAsyncDisposable> _lifetimes = [];

    protected ProviderDriverBehaviourTests()
    {
        Lib = new RecordingDriverLib(Time);
    }

    protected FakeTimeProvider Time { get; } = new();

    protected RecordingDriverLib Lib { get; }

    protected InMemoryNetworkClient Network { get; } = new();

    protected IProviderDriver Driver { get; private set; } = null!;

    protected CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync() => Driver = await StartDriverAsync();

    public async Task DisposeAsync()
    {
        foreach (var lifetime in Enumerable.Reverse(_lifetimes))
        {
            await lifetime.DisposeAsync();
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task Creating_a_load_balancer_with_a_full_graph_reports_every_object_active()
    {
        var graph = TestGraph.Full();

        await Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = graph.LoadBalancer }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, graph.LoadBalancer.Id, ProvisioningStatus.Active, OperatingStatus.Online);
        foreach (var (kind, id) in graph.Objects)
        {
            Assert.Equal(ProvisioningStatus.Active, Lib.Latest(kind, id)?.ProvisioningStatus);
        }

        Assert.All(graph.MonitoredMembers, m => Assert.Equal(OperatingStatus.Online, Lib.Latest(ObjectKind.Member, m.Id)?.OperatingStatus));
        Assert.Equal(OperatingStatus.NoMonitor, Lib.Latest(ObjectKind.Member, graph.UnmonitoredMember.Id)?.OperatingStatus);
        Assert.Equal(OperatingStatus.Online, Lib.Latest(ObjectKind.Listener, graph.Listener.Id)?.OperatingStatus);
    }

    [Fact]
    public async Task Updating_a_load_balancer_reports_it_active_and_offline_when_disabled()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer());

        await Driver.UpdateLoadBalancerAsync(new UpdateLoadBalancerRequest { Current = lb, AdminStateUp = false }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, lb.Id, ProvisioningStatus.Active, OperatingStatus.Offline);
    }

    [Fact]
    public async Task Creating_updating_and_deleting_a_listener_reports_it_and_its_load_balancer()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer());
        var listener = TestGraph.Listener(lb.Id);

        await Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Active, (ObjectKind.LoadBalancer, lb.Id));

        await Driver.UpdateListenerAsync(new UpdateListenerRequest { Current = listener, AdminStateUp = false }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Active, OperatingStatus.Offline);

        await Driver.DeleteListenerAsync(new DeleteListenerRequest { Listener = listener }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Deleted, (ObjectKind.LoadBalancer, lb.Id));
    }

    [Fact]
    public async Task Deleting_a_listener_reports_its_policies_and_rules_deleted()
    {
        var graph = await CreateFullAsync();

        await Driver.DeleteListenerAsync(new DeleteListenerRequest { Listener = graph.Listener }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.Listener, graph.Listener.Id, ProvisioningStatus.Deleted);
        Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(ObjectKind.L7Policy, graph.Policy.Id)?.ProvisioningStatus);
        Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(ObjectKind.L7Rule, graph.Rule.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task Creating_updating_and_deleting_a_pool_reports_it_with_its_listener_and_load_balancer()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer());
        var listener = TestGraph.Listener(lb.Id);
        await Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Active);
        var pool = TestGraph.Pool(lb.Id, listener.Id);
        var member = TestGraph.Member(pool.Id);
        pool = pool with { Members = [member] };

        await Driver.CreatePoolAsync(new CreatePoolRequest { Pool = pool }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Pool, pool.Id, ProvisioningStatus.Active,
            (ObjectKind.Listener, listener.Id), (ObjectKind.LoadBalancer, lb.Id));
        Assert.Equal(OperatingStatus.NoMonitor, Lib.Latest(ObjectKind.Member, member.Id)?.OperatingStatus);

        await Driver.UpdatePoolAsync(new UpdatePoolRequest { Current = pool, LbAlgorithm = LoadBalancingAlgorithm.LeastConnections }, Ct);
        await Lib.WaitUntilAsync(() => Lib.ReportsFor(ObjectKind.Pool, pool.Id) == 2, () => $"{Lib.ReportsFor(ObjectKind.Pool, pool.Id)} pool reports");
        Assert.Equal(ProvisioningStatus.Active, Lib.Latest(ObjectKind.Pool, pool.Id)?.ProvisioningStatus);

        await Driver.DeletePoolAsync(new DeletePoolRequest { Pool = pool }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Pool, pool.Id, ProvisioningStatus.Deleted,
            (ObjectKind.Listener, listener.Id), (ObjectKind.LoadBalancer, lb.Id));
        Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(ObjectKind.Member, member.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task Deleting_a_pool_reports_its_members_and_health_monitor_deleted()
    {
        var graph = await CreateFullAsync();

        await Driver.DeletePoolAsync(new DeletePoolRequest { Pool = graph.DefaultPool }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.Pool, graph.DefaultPool.Id, ProvisioningStatus.Deleted);
        Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(ObjectKind.HealthMonitor, graph.Monitor.Id)?.ProvisioningStatus);
        Assert.All(graph.MonitoredMembers, m => Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(ObjectKind.Member, m.Id)?.ProvisioningStatus));
        Assert.Equal(ProvisioningStatus.Active, Lib.Latest(ObjectKind.Listener, graph.Listener.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task Creating_updating_and_deleting_a_member_reports_it_with_pool_listener_and_load_balancer()
    {
        var graph = await CreateFullAsync();
        var member = TestGraph.Member(graph.DefaultPool.Id, 30);
        (ObjectKind, Guid)[] parents = [(ObjectKind.Pool, graph.DefaultPool.Id), (ObjectKind.Listener, graph.Listener.Id), (ObjectKind.LoadBalancer, graph.LoadBalancer.Id)];

        await Driver.CreateMemberAsync(new CreateMemberRequest { Member = member }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Member, member.Id, ProvisioningStatus.Active, parents);
        Assert.Equal(OperatingStatus.Online, Lib.Latest(ObjectKind.Member, member.Id)?.OperatingStatus);

        await Driver.UpdateMemberAsync(new UpdateMemberRequest { Current = member, AdminStateUp = false }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.Member, member.Id, ProvisioningStatus.Active, OperatingStatus.Offline);

        await Driver.DeleteMemberAsync(new DeleteMemberRequest { Member = member }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Member, member.Id, ProvisioningStatus.Deleted, parents);
    }

    [Fact]
    public async Task A_health_monitor_turns_members_online_and_its_removal_turns_them_to_no_monitor()
    {
        var graph = await CreateFullAsync();
        var monitor = TestGraph.HealthMonitor(graph.RedirectPool.Id);

        await Driver.CreateHealthMonitorAsync(new CreateHealthMonitorRequest { HealthMonitor = monitor }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.HealthMonitor, monitor.Id, ProvisioningStatus.Active,
            (ObjectKind.Pool, graph.RedirectPool.Id), (ObjectKind.LoadBalancer, graph.LoadBalancer.Id));
        Assert.Equal(OperatingStatus.Online, Lib.Latest(ObjectKind.Member, graph.UnmonitoredMember.Id)?.OperatingStatus);

        await Driver.UpdateHealthMonitorAsync(new UpdateHealthMonitorRequest { Current = monitor, Delay = 10 }, Ct);
        await Lib.WaitUntilAsync(() => Lib.ReportsFor(ObjectKind.HealthMonitor, monitor.Id) == 2, () => "second monitor report");

        await Driver.DeleteHealthMonitorAsync(new DeleteHealthMonitorRequest { HealthMonitor = monitor }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.HealthMonitor, monitor.Id, ProvisioningStatus.Deleted);
        Assert.Equal(OperatingStatus.NoMonitor, Lib.Latest(ObjectKind.Member, graph.UnmonitoredMember.Id)?.OperatingStatus);
    }

    [Fact]
    public async Task Creating_updating_and_deleting_an_l7_policy_reports_it_with_listener_and_load_balancer()
    {
        var graph = await CreateFullAsync();
        var policy = TestGraph.Policy(graph.Listener.Id) with { Rules = [] };
        (ObjectKind, Guid)[] parents = [(ObjectKind.Listener, graph.Listener.Id), (ObjectKind.LoadBalancer, graph.LoadBalancer.Id)];

        await Driver.CreateL7PolicyAsync(new CreateL7PolicyRequest { L7Policy = policy }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.L7Policy, policy.Id, ProvisioningStatus.Active, parents);

        await Driver.UpdateL7PolicyAsync(new UpdateL7PolicyRequest { Current = policy, Position = 2 }, Ct);
        await Lib.WaitUntilAsync(() => Lib.ReportsFor(ObjectKind.L7Policy, policy.Id) == 2, () => "second policy report");

        await Driver.DeleteL7PolicyAsync(new DeleteL7PolicyRequest { L7Policy = policy }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.L7Policy, policy.Id, ProvisioningStatus.Deleted, parents);
    }

    [Fact]
    public async Task Creating_updating_and_deleting_an_l7_rule_reports_it_with_policy_listener_and_load_balancer()
    {
        var graph = await CreateFullAsync();
        var rule = TestGraph.Rule(graph.Policy.Id);
        (ObjectKind, Guid)[] parents = [(ObjectKind.L7Policy, graph.Policy.Id), (ObjectKind.Listener, graph.Listener.Id), (ObjectKind.LoadBalancer, graph.LoadBalancer.Id)];

        await Driver.CreateL7RuleAsync(new CreateL7RuleRequest { L7Rule = rule }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.L7Rule, rule.Id, ProvisioningStatus.Active, parents);

        await Driver.UpdateL7RuleAsync(new UpdateL7RuleRequest { Current = rule, Invert = true }, Ct);
        await Lib.WaitUntilAsync(() => Lib.ReportsFor(ObjectKind.L7Rule, rule.Id) == 2, () => "second rule report");

        await Driver.DeleteL7RuleAsync(new DeleteL7RuleRequest { L7Rule = rule }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.L7Rule, rule.Id, ProvisioningStatus.Deleted, parents);
    }

    [Fact]
    public async Task A_member_batch_update_creates_updates_and_deletes_by_difference()
    {
        var graph = await CreateFullAsync();
        var kept = graph.MonitoredMembers[0] with { Weight = 5 };
        var removed = graph.MonitoredMembers[1];
        var added = TestGraph.Member(graph.DefaultPool.Id, 40);

        await Driver.BatchUpdateMembersAsync(new BatchUpdateMembersRequest { Pool = graph.DefaultPool, Members = [kept, added] }, Ct);

        await AssertReportedWithParentsAsync(ObjectKind.Member, added.Id, ProvisioningStatus.Active,
            (ObjectKind.Pool, graph.DefaultPool.Id), (ObjectKind.Listener, graph.Listener.Id), (ObjectKind.LoadBalancer, graph.LoadBalancer.Id));
        var (update, _) = Lib.LastReport(ObjectKind.Member, added.Id, ProvisioningStatus.Active);
        Assert.Equal(ProvisioningStatus.Active, RecordingDriverLib.Find(update, ObjectKind.Member, kept.Id)?.ProvisioningStatus);
        Assert.Equal(ProvisioningStatus.Deleted, RecordingDriverLib.Find(update, ObjectKind.Member, removed.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task A_cascade_delete_reports_every_child_deleted()
    {
        var graph = await CreateFullAsync();

        await Driver.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancer = graph.LoadBalancer, Cascade = true }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, graph.LoadBalancer.Id, ProvisioningStatus.Deleted);
        foreach (var (kind, id) in graph.Objects)
        {
            Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(kind, id)?.ProvisioningStatus);
        }
    }

    [Fact]
    public async Task A_cascade_delete_after_a_restart_reports_the_children_the_host_passed()
    {
        var graph = TestGraph.Full();
        var fresh = await StartDriverAsync();

        await fresh.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancer = graph.LoadBalancer, Cascade = true }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, graph.LoadBalancer.Id, ProvisioningStatus.Deleted);
        foreach (var (kind, id) in graph.Objects)
        {
            Assert.Equal(ProvisioningStatus.Deleted, Lib.Latest(kind, id)?.ProvisioningStatus);
        }
    }

    [Fact]
    public async Task Failover_reports_the_load_balancer_active_again()
    {
        var graph = await CreateFullAsync();

        await Driver.FailoverLoadBalancerAsync(new FailoverLoadBalancerRequest { LoadBalancer = graph.LoadBalancer }, Ct);

        await Lib.WaitUntilAsync(
            () => Lib.ReportsFor(ObjectKind.LoadBalancer, graph.LoadBalancer.Id) == 2,
            () => $"{Lib.ReportsFor(ObjectKind.LoadBalancer, graph.LoadBalancer.Id)} load balancer reports, expected 2");
        Assert.Equal(ProvisioningStatus.Active, Lib.Latest(ObjectKind.LoadBalancer, graph.LoadBalancer.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task A_vip_on_a_subnet_gets_a_new_port_the_host_owns()
    {
        var lbId = Guid.NewGuid();

        var result = await Driver.CreateVipPortAsync(new CreateVipPortRequest
        {
            LoadBalancerId = lbId,
            ProjectId = TestGraph.Project,
            Vip = new Vip { SubnetId = InMemoryNetworkClient.SubnetId },
        }, Ct);

        var port = Assert.Single(Network.Ports);
        Assert.Equal($"lb-{lbId}", port.Name);
        Assert.Equal("Octavia", port.DeviceOwner);
        Assert.True(result.PortOwnedByHost);
        Assert.Equal(port.Id, result.Vip.PortId);
        Assert.Equal(InMemoryNetworkClient.NetworkId, result.Vip.NetworkId);
        Assert.Equal(InMemoryNetworkClient.SubnetId, result.Vip.SubnetId);
        Assert.Equal(port.FixedIps[0].IpAddress, result.Vip.Address);
    }

    [Fact]
    public async Task A_requested_vip_address_is_honoured_and_additional_vips_are_allocated_on_the_same_port()
    {
        var address = IPAddress.Parse("192.0.2.77");

        var result = await Driver.CreateVipPortAsync(new CreateVipPortRequest
        {
            LoadBalancerId = Guid.NewGuid(),
            ProjectId = TestGraph.Project,
            Vip = new Vip { NetworkId = InMemoryNetworkClient.NetworkId, SubnetId = InMemoryNetworkClient.SubnetId, Address = address },
            AdditionalVips = [new AdditionalVip { SubnetId = InMemoryNetworkClient.SecondSubnetId }],
        }, Ct);

        Assert.Equal(address, result.Vip.Address);
        var extra = Assert.Single(result.AdditionalVips);
        Assert.Equal(result.Vip.PortId, extra.PortId);
        Assert.Equal(InMemoryNetworkClient.SecondSubnetId, extra.SubnetId);
        Assert.True(IPNetwork.Parse("198.51.100.0/24").Contains(extra.Address!));
        Assert.Equal(2, Assert.Single(Network.Ports).FixedIps.Count);
    }

    [Fact]
    public async Task A_vip_on_a_user_port_is_read_and_left_to_the_user()
    {
        var userPort = Network.AddPort(IPAddress.Parse("192.0.2.99"));

        var result = await Driver.CreateVipPortAsync(new CreateVipPortRequest
        {
            LoadBalancerId = Guid.NewGuid(),
            ProjectId = TestGraph.Project,
            Vip = new Vip { PortId = userPort.Id },
        }, Ct);

        Assert.False(result.PortOwnedByHost);
        Assert.Equal(userPort.Id, result.Vip.PortId);
        Assert.Equal(IPAddress.Parse("192.0.2.99"), result.Vip.Address);
        Assert.Single(Network.Ports);
    }

    [Fact]
    public async Task Capabilities_declare_every_feature_protocol_algorithm_and_topology()
    {
        var capabilities = await Driver.GetCapabilitiesAsync(Ct);

        Assert.Equal(ProviderContract.Major, capabilities.ContractVersion.Major);
        Assert.All(ProviderFeature.All, f => Assert.True(capabilities.Supports(f), $"feature {f} not declared"));
        Assert.Equal(Enum.GetValues<LoadBalancingAlgorithm>().Order(), capabilities.Algorithms.Order());
        Assert.Equal(Enum.GetValues<SessionPersistenceType>().Order(), capabilities.SessionPersistenceTypes.Order());
        Assert.Equal(Enum.GetValues<HealthMonitorType>().Order(), capabilities.HealthMonitorTypes.Order());
        Assert.Equal(Enum.GetValues<L7RuleType>().Order(), capabilities.L7RuleTypes.Order());
        Assert.Equal(Enum.GetValues<Topology>().Order(), capabilities.Topologies.Order());
        Assert.Equal(7, capabilities.ListenerProtocols.Count);
        Assert.Equal(7, capabilities.PoolProtocols.Count);
    }

    [Fact]
    public async Task Metadata_keys_list_the_fault_keys_and_the_upstream_noop_keys()
    {
        var flavorKeys = (await Driver.GetFlavorMetadataKeysAsync(Ct)).Select(k => k.Name).ToList();
        var zoneKeys = (await Driver.GetAvailabilityZoneMetadataKeysAsync(Ct)).Select(k => k.Name).ToList();

        Assert.Subset(flavorKeys.ToHashSet(), new HashSet<string>
        {
            NoopMetadataKeys.Delay, NoopMetadataKeys.Fail, NoopMetadataKeys.Unsupported, NoopMetadataKeys.Stuck,
            NoopMetadataKeys.FailOnCall, NoopMetadataKeys.ReportError, "amp_image_tag",
        });
        Assert.Contains("compute_zone", zoneKeys);
    }

    [Fact]
    public async Task Valid_metadata_passes_validation()
    {
        await Driver.ValidateFlavorAsync(new ValidateMetadataRequest
        {
            Metadata = TestGraph.Flavor(("amp_image_tag", "x"), (NoopMetadataKeys.Delay, 10), (NoopMetadataKeys.Fail, "create_listener, delete_pool")),
        }, Ct);
        await Driver.ValidateAvailabilityZoneAsync(new ValidateMetadataRequest { Metadata = TestGraph.Flavor(("compute_zone", "az1")) }, Ct);
    }

    [Theory]
    [InlineData("no_such_key", "1")]
    [InlineData(NoopMetadataKeys.Delay, "soon")]
    [InlineData(NoopMetadataKeys.Fail, "create_lisener")]
    [InlineData(NoopMetadataKeys.FailOnCall, "0")]
    public async Task Bad_flavor_metadata_is_refused_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<UnsupportedOptionException>(() => Driver.ValidateFlavorAsync(
            new ValidateMetadataRequest { Metadata = TestGraph.Flavor((key, value)) }, Ct));

        Assert.Contains($"'{key}'", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_availability_zone_metadata_is_refused_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<UnsupportedOptionException>(() => Driver.ValidateAvailabilityZoneAsync(
            new ValidateMetadataRequest { Metadata = TestGraph.Flavor(("zone", "a")) }, Ct));

        Assert.Contains("'zone'", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_load_balancer_create_with_bad_flavor_metadata_is_refused()
    {
        var lb = TestGraph.LoadBalancer(TestGraph.Flavor(("noop_typo", true)));

        var error = await Assert.ThrowsAsync<UnsupportedOptionException>(
            () => Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, Ct));

        Assert.Contains("'noop_typo'", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noop_delay_ms_holds_each_report_back_by_that_much_time()
    {
        var lb = TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Delay, 5000)));
        var calledAt = Time.GetUtcNow();

        await Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, Ct);

        await Lib.WaitUntilAsync(
            () =>
            {
                if (Lib.Latest(ObjectKind.LoadBalancer, lb.Id) is not null)
                {
                    return true;
                }

                Time.Advance(TimeSpan.FromMilliseconds(250));
                return false;
            },
            () => $"no report after {(Time.GetUtcNow() - calledAt).TotalMilliseconds} ms of fake time",
            recheckEvery: TimeSpan.FromMilliseconds(20));
        var (_, receivedAt) = Lib.LastReport(ObjectKind.LoadBalancer, lb.Id, ProvisioningStatus.Active);
        Assert.True(receivedAt - calledAt >= TimeSpan.FromMilliseconds(5000), $"reported after {(receivedAt - calledAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Noop_fail_makes_the_listed_operations_throw_a_driver_error_and_leaves_others_alone()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Fail, "create_listener,delete_pool"))));

        var error = await Assert.ThrowsAsync<DriverException>(
            () => Driver.CreateListenerAsync(new CreateListenerRequest { Listener = TestGraph.Listener(lb.Id) }, Ct));
        Assert.Contains("create_listener", error.UserMessage, StringComparison.Ordinal);

        var pool = TestGraph.Pool(lb.Id);
        await Driver.CreatePoolAsync(new CreatePoolRequest { Pool = pool }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.Pool, pool.Id, ProvisioningStatus.Active);
        await Assert.ThrowsAsync<DriverException>(() => Driver.DeletePoolAsync(new DeletePoolRequest { Pool = pool }, Ct));
    }

    [Fact]
    public async Task Noop_fail_with_a_star_fails_every_operation_including_the_create()
    {
        var lb = TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Fail, "*")));

        await Assert.ThrowsAsync<DriverException>(() => Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, Ct));
        await Assert.ThrowsAsync<DriverException>(() => Driver.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancer = lb }, Ct));
    }

    [Fact]
    public async Task Noop_unsupported_refuses_the_listed_operations_as_unsupported_options()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Unsupported, "create_pool"))));

        var error = await Assert.ThrowsAsync<UnsupportedOptionException>(
            () => Driver.CreatePoolAsync(new CreatePoolRequest { Pool = TestGraph.Pool(lb.Id) }, Ct));

        Assert.Contains("create_pool", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noop_stuck_accepts_the_operation_but_never_reports_it()
    {
        var lb = TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Stuck, "create_load_balancer")));
        await Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, Ct);

        // Reports are ordered per load balancer, so once the update's report is in, a create report would be too.
        await Driver.UpdateLoadBalancerAsync(new UpdateLoadBalancerRequest { Current = lb, Name = "renamed" }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, lb.Id, ProvisioningStatus.Active);

        Assert.Equal(1, Lib.ReportsFor(ObjectKind.LoadBalancer, lb.Id));
    }

    [Fact]
    public async Task Noop_report_error_reports_the_object_error_and_its_parents_active()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.ReportError, "create_listener"))));
        var listener = TestGraph.Listener(lb.Id);

        await Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct);

        await AssertReportedWithParentsAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Error, (ObjectKind.LoadBalancer, lb.Id));
    }

    [Fact]
    public async Task Noop_fail_on_call_fails_only_the_nth_call_for_the_load_balancer()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.FailOnCall, 2))));
        var listener = TestGraph.Listener(lb.Id);

        await Assert.ThrowsAsync<DriverException>(() => Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct));
        await Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct);

        await Lib.WaitForStatusAsync(ObjectKind.Listener, listener.Id, ProvisioningStatus.Active);
    }

    [Fact]
    public async Task The_status_query_reads_a_stuck_create_as_done_with_every_object_and_its_operating_status()
    {
        var graph = TestGraph.Full(TestGraph.Flavor((NoopMetadataKeys.Stuck, true)));
        await Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = graph.LoadBalancer }, Ct);

        var answer = await QueryAsync(graph.LoadBalancer.Id);

        Assert.NotNull(answer);
        Assert.Equal(
            graph.Objects.Select(o => $"{o.Kind} {o.Id} Active").Order(),
            RecordingDriverLib.Entries(answer).Select(e => $"{e.Kind} {e.Entry.Id} {e.Entry.ProvisioningStatus}").Order());
        Assert.Equal(OperatingStatus.Online, RecordingDriverLib.Find(answer, ObjectKind.LoadBalancer, graph.LoadBalancer.Id)?.OperatingStatus);
        Assert.All(graph.MonitoredMembers, m => Assert.Equal(OperatingStatus.Online, RecordingDriverLib.Find(answer, ObjectKind.Member, m.Id)?.OperatingStatus));
        Assert.Equal(OperatingStatus.NoMonitor, RecordingDriverLib.Find(answer, ObjectKind.Member, graph.UnmonitoredMember.Id)?.OperatingStatus);
        Assert.Equal(0, Lib.ReportsFor(ObjectKind.LoadBalancer, graph.LoadBalancer.Id));
    }

    [Fact]
    public async Task The_status_query_tells_errors_and_removed_children_as_the_driver_decided_them()
    {
        var graph = TestGraph.Full(TestGraph.Flavor((NoopMetadataKeys.ReportError, "create_listener")));
        await CreateAsync(graph.LoadBalancer);
        var failedListener = TestGraph.Listener(graph.LoadBalancer.Id, 81);
        await Driver.CreateListenerAsync(new CreateListenerRequest { Listener = failedListener }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.Listener, failedListener.Id, ProvisioningStatus.Error);
        await Driver.DeletePoolAsync(new DeletePoolRequest { Pool = graph.DefaultPool }, Ct);

        var answer = await QueryAsync(graph.LoadBalancer.Id);

        Assert.NotNull(answer);
        Assert.Equal(ProvisioningStatus.Error, RecordingDriverLib.Find(answer, ObjectKind.Listener, failedListener.Id)?.ProvisioningStatus);
        Assert.Equal(ProvisioningStatus.Deleted, RecordingDriverLib.Find(answer, ObjectKind.Pool, graph.DefaultPool.Id)?.ProvisioningStatus);
        Assert.Equal(ProvisioningStatus.Deleted, RecordingDriverLib.Find(answer, ObjectKind.HealthMonitor, graph.Monitor.Id)?.ProvisioningStatus);
        Assert.All(graph.MonitoredMembers, m => Assert.Equal(ProvisioningStatus.Deleted, RecordingDriverLib.Find(answer, ObjectKind.Member, m.Id)?.ProvisioningStatus));
        Assert.Equal(ProvisioningStatus.Active, RecordingDriverLib.Find(answer, ObjectKind.Listener, graph.Listener.Id)?.ProvisioningStatus);
        Assert.Equal(ProvisioningStatus.Active, RecordingDriverLib.Find(answer, ObjectKind.LoadBalancer, graph.LoadBalancer.Id)?.ProvisioningStatus);
    }

    [Fact]
    public async Task The_status_query_has_no_record_of_an_unknown_a_deleted_or_a_forgotten_load_balancer()
    {
        Assert.Null(await QueryAsync(Guid.NewGuid()));

        var deleted = await CreateAsync(TestGraph.LoadBalancer());
        await Driver.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancer = deleted, Cascade = true }, Ct);
        Assert.Null(await QueryAsync(deleted.Id));

        // The host still has it, but a query never rebuilds a load balancer from the host's records.
        var kept = await CreateAsync(TestGraph.LoadBalancer());
        Lib.Seed(kept);
        var restarted = Assert.IsAssignableFrom<IStatusQuery>(await StartDriverAsync());
        Assert.Null(await restarted.GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = kept.Id }, Ct));
        Assert.NotNull(await QueryAsync(kept.Id));
    }

    [Theory]
    [InlineData(NoopMetadataKeys.Fail, typeof(DriverException))]
    [InlineData(NoopMetadataKeys.Unsupported, typeof(UnsupportedOptionException))]
    public async Task Noop_fail_and_noop_unsupported_can_refuse_the_status_query(string key, Type expected)
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((key, "get_load_balancer_status"))));

        var error = (ProviderException)await Assert.ThrowsAsync(expected, () => QueryAsync(lb.Id));

        Assert.Contains("get_load_balancer_status", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_query_does_not_count_towards_noop_fail_on_call()
    {
        var lb = await CreateAsync(TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.FailOnCall, 2))));

        Assert.NotNull(await QueryAsync(lb.Id));

        await Assert.ThrowsAsync<DriverException>(
            () => Driver.CreateListenerAsync(new CreateListenerRequest { Listener = TestGraph.Listener(lb.Id) }, Ct));
    }

    [Fact]
    public async Task A_child_operation_on_a_load_balancer_the_driver_never_saw_uses_the_flavor_the_host_has()
    {
        var lb = TestGraph.LoadBalancer(TestGraph.Flavor((NoopMetadataKeys.Fail, "create_listener")));
        var listener = TestGraph.Listener(lb.Id);
        var pool = TestGraph.Pool(lb.Id);
        Lib.Seed(lb with { Pools = [pool] });

        await Assert.ThrowsAsync<DriverException>(() => Driver.CreateListenerAsync(new CreateListenerRequest { Listener = listener }, Ct));

        var member = TestGraph.Member(pool.Id);
        await Driver.CreateMemberAsync(new CreateMemberRequest { Member = member }, Ct);
        await AssertReportedWithParentsAsync(ObjectKind.Member, member.Id, ProvisioningStatus.Active,
            (ObjectKind.Pool, pool.Id), (ObjectKind.LoadBalancer, lb.Id));
    }

    /// <summary>Starts a driver reporting to <see cref="Lib"/> and allocating from <see cref="Network"/>, ticking with
    /// <see cref="Time"/>; its resources are released when the test ends.</summary>
    protected abstract Task<(IProviderDriver Driver, IAsyncDisposable Lifetime)> StartAsync();

    /// <summary>Starts another driver on the same fakes, as after a restart.</summary>
    protected async Task<IProviderDriver> StartDriverAsync()
    {
        var (driver, lifetime) = await StartAsync();
        _lifetimes.Add(lifetime);
        return driver;
    }

    /// <summary>Asks the driver's status query about a load balancer.</summary>
    protected Task<StatusUpdate?> QueryAsync(Guid loadBalancerId) =>
        Assert.IsAssignableFrom<IStatusQuery>(Driver)
            .GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = loadBalancerId }, Ct);

    protected async Task<LoadBalancer> CreateAsync(LoadBalancer lb)
    {
        await Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, Ct);
        await Lib.WaitForStatusAsync(ObjectKind.LoadBalancer, lb.Id, ProvisioningStatus.Active);
        return lb;
    }

    protected async Task<TestGraph.FullGraph> CreateFullAsync()
    {
        var graph = TestGraph.Full();
        await CreateAsync(graph.LoadBalancer);
        return graph;
    }

    /// <summary>Waits for the object's status and checks that the same report brought each parent back to ACTIVE.</summary>
    protected async Task AssertReportedWithParentsAsync(ObjectKind kind, Guid id, ProvisioningStatus status, params (ObjectKind Kind, Guid Id)[] parents)
    {
        await Lib.WaitForStatusAsync(kind, id, status);
        var (update, _) = Lib.LastReport(kind, id, status);
        foreach (var (parentKind, parentId) in parents)
        {
            Assert.True(
                RecordingDriverLib.Find(update, parentKind, parentId)?.ProvisioningStatus == ProvisioningStatus.Active,
                $"the report that moved {kind} {id} to {status} did not bring {parentKind} {parentId} back to ACTIVE");
        }
    }
}
