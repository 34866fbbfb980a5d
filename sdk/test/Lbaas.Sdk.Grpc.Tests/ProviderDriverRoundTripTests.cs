using CsCheck;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Every request sent through <see cref="GrpcProviderDriver"/> arrives at the served driver unchanged, and every
/// response comes back unchanged.</summary>
public sealed class ProviderDriverRoundTripTests : IAsyncLifetime
{
    private const int Iterations = 100;
    private readonly RecordingProviderDriver _driver = new();
    private GrpcTestHost _host = null!;
    private GrpcProviderDriver _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GrpcTestHost.StartAsync(driver: _driver);
        _client = await GrpcProviderDriver.ConnectAsync(_host.Channel, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task A_load_balancer_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.LoadBalancer.Select(lb => new CreateLoadBalancerRequest { LoadBalancer = lb }),
            "CreateLoadBalancer", _client.CreateLoadBalancerAsync);

    [Fact]
    public Task A_load_balancer_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateLoadBalancer, "UpdateLoadBalancer", _client.UpdateLoadBalancerAsync);

    [Fact]
    public Task A_load_balancer_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(
            Gen.Select(ContractGen.LoadBalancer, Gen.Bool, (lb, cascade) => new DeleteLoadBalancerRequest { LoadBalancer = lb, Cascade = cascade }),
            "DeleteLoadBalancer", _client.DeleteLoadBalancerAsync);

    [Fact]
    public Task A_load_balancer_failover_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.LoadBalancer.Select(lb => new FailoverLoadBalancerRequest { LoadBalancer = lb }),
            "FailoverLoadBalancer", _client.FailoverLoadBalancerAsync);

    [Fact]
    public Task A_listener_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Listener.Select(l => new CreateListenerRequest { Listener = l }),
            "CreateListener", _client.CreateListenerAsync);

    [Fact]
    public Task A_listener_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateListener, "UpdateListener", _client.UpdateListenerAsync);

    [Fact]
    public Task A_listener_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Listener.Select(l => new DeleteListenerRequest { Listener = l }),
            "DeleteListener", _client.DeleteListenerAsync);

    [Fact]
    public Task A_pool_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Pool.Select(p => new CreatePoolRequest { Pool = p }), "CreatePool", _client.CreatePoolAsync);

    [Fact]
    public Task A_pool_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdatePool, "UpdatePool", _client.UpdatePoolAsync);

    [Fact]
    public Task A_pool_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Pool.Select(p => new DeletePoolRequest { Pool = p }), "DeletePool", _client.DeletePoolAsync);

    [Fact]
    public Task A_member_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Member.Select(m => new CreateMemberRequest { Member = m }),
            "CreateMember", _client.CreateMemberAsync);

    [Fact]
    public Task A_member_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateMember, "UpdateMember", _client.UpdateMemberAsync);

    [Fact]
    public Task A_member_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.Member.Select(m => new DeleteMemberRequest { Member = m }),
            "DeleteMember", _client.DeleteMemberAsync);

    [Fact]
    public Task A_member_batch_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(
            Gen.Select(ContractGen.Pool, ContractGen.Member.Array[0, 4], (pool, members) => new BatchUpdateMembersRequest { Pool = pool, Members = members }),
            "BatchUpdateMembers", _client.BatchUpdateMembersAsync);

    [Fact]
    public Task A_health_monitor_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.HealthMonitor.Select(h => new CreateHealthMonitorRequest { HealthMonitor = h }),
            "CreateHealthMonitor", _client.CreateHealthMonitorAsync);

    [Fact]
    public Task A_health_monitor_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateHealthMonitor, "UpdateHealthMonitor", _client.UpdateHealthMonitorAsync);

    [Fact]
    public Task A_health_monitor_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.HealthMonitor.Select(h => new DeleteHealthMonitorRequest { HealthMonitor = h }),
            "DeleteHealthMonitor", _client.DeleteHealthMonitorAsync);

    [Fact]
    public Task An_l7_policy_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.L7Policy.Select(p => new CreateL7PolicyRequest { L7Policy = p }),
            "CreateL7Policy", _client.CreateL7PolicyAsync);

    [Fact]
    public Task An_l7_policy_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateL7Policy, "UpdateL7Policy", _client.UpdateL7PolicyAsync);

    [Fact]
    public Task An_l7_policy_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.L7Policy.Select(p => new DeleteL7PolicyRequest { L7Policy = p }),
            "DeleteL7Policy", _client.DeleteL7PolicyAsync);

    [Fact]
    public Task An_l7_rule_create_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.L7Rule.Select(r => new CreateL7RuleRequest { L7Rule = r }),
            "CreateL7Rule", _client.CreateL7RuleAsync);

    [Fact]
    public Task An_l7_rule_update_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.UpdateL7Rule, "UpdateL7Rule", _client.UpdateL7RuleAsync);

    [Fact]
    public Task An_l7_rule_delete_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(ContractGen.L7Rule.Select(r => new DeleteL7RuleRequest { L7Rule = r }),
            "DeleteL7Rule", _client.DeleteL7RuleAsync);

    [Fact]
    public Task Flavor_metadata_to_validate_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.ValidateMetadata, "ValidateFlavor", _client.ValidateFlavorAsync);

    [Fact]
    public Task Availability_zone_metadata_to_validate_survives_the_wire_unchanged() =>
        RequestArrivesUnchanged(RequestGen.ValidateMetadata, "ValidateAvailabilityZone", _client.ValidateAvailabilityZoneAsync);

    [Fact]
    public Task A_vip_port_request_and_its_result_survive_the_wire_unchanged() =>
        Gen.Select(RequestGen.CreateVipPort, RequestGen.CreateVipPortResult).SampleAsync(
            async (request, result) =>
            {
                _driver.Answer(result);
                var received = await _client.CreateVipPortAsync(request, CancellationToken.None);
                AssertArrived("CreateVipPort", request);
                AssertSame(result, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task Capabilities_survive_the_wire_unchanged() =>
        ResponseArrivesUnchanged(ContractGen.Capabilities, "GetCapabilities", _client.GetCapabilitiesAsync);

    [Fact]
    public Task Flavor_metadata_keys_survive_the_wire_unchanged() =>
        ResponseArrivesUnchanged(
            ContractGen.MetadataKey.Array[0, 5].Select(a => (IReadOnlyList<MetadataKey>)a), "GetFlavorMetadataKeys", _client.GetFlavorMetadataKeysAsync);

    [Fact]
    public Task Availability_zone_metadata_keys_survive_the_wire_unchanged() =>
        ResponseArrivesUnchanged(
            ContractGen.MetadataKey.Array[0, 5].Select(a => (IReadOnlyList<MetadataKey>)a),
            "GetAvailabilityZoneMetadataKeys", _client.GetAvailabilityZoneMetadataKeysAsync);

    [Fact]
    public Task Listed_amphorae_survive_the_wire_unchanged() =>
        Gen.Select(ContractGen.NullableId, ContractGen.Amphora.Array[0, 3]).SampleAsync(
            async (loadBalancerId, amphorae) =>
            {
                _driver.Answer((IReadOnlyList<Amphora>)amphorae);
                var received = await _client.ListAmphoraeAsync(loadBalancerId, CancellationToken.None);
                AssertArrived("ListAmphorae", loadBalancerId);
                AssertSame(amphorae, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task A_single_amphora_or_its_absence_survives_the_wire_unchanged() =>
        Gen.Select(Gen.Guid, ContractGen.Amphora.Null()).SampleAsync(
            async (id, amphora) =>
            {
                _driver.Answer(amphora);
                var received = await _client.GetAmphoraAsync(id, CancellationToken.None);
                AssertArrived("GetAmphora", id);
                AssertSame(amphora, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task Amphora_statistics_survive_the_wire_unchanged() =>
        Gen.Select(Gen.Guid, ContractGen.AmphoraStatistics.Array[0, 3]).SampleAsync(
            async (id, statistics) =>
            {
                _driver.Answer((IReadOnlyList<AmphoraStatistics>)statistics);
                var received = await _client.GetAmphoraStatisticsAsync(id, CancellationToken.None);
                AssertArrived("GetAmphoraStatistics", id);
                AssertSame(statistics, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public async Task Amphora_commands_reach_the_driver_with_their_id()
    {
        var id = Guid.NewGuid();

        await _client.DeleteAmphoraAsync(id, CancellationToken.None);
        AssertArrived("DeleteAmphora", id);
        await _client.FailoverAmphoraAsync(id, CancellationToken.None);
        AssertArrived("FailoverAmphora", id);
        await _client.ConfigureAmphoraAsync(id, CancellationToken.None);
        AssertArrived("ConfigureAmphora", id);
    }

    [Fact]
    public Task A_status_query_and_its_answer_or_absence_survive_the_wire_unchanged() =>
        Gen.Select(Gen.Guid, ContractGen.StatusUpdate.Null()).SampleAsync(
            async (id, answer) =>
            {
                var request = new GetLoadBalancerStatusRequest { LoadBalancerId = id };
                _driver.Answer(answer);
                var received = await _client.GetLoadBalancerStatusAsync(request, CancellationToken.None);
                AssertArrived("GetLoadBalancerStatus", request);
                AssertSame(answer, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public async Task An_empty_status_answer_stays_distinct_from_no_record()
    {
        _driver.Answer(new StatusUpdate());

        var received = await _client.GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = Guid.NewGuid() }, CancellationToken.None);

        Assert.NotNull(received);
        Assert.True(received.IsEmpty);
    }

    private Task RequestArrivesUnchanged<T>(Gen<T> requests, string method, Func<T, CancellationToken, Task> send) =>
        requests.SampleAsync(
            async request =>
            {
                await send(request, CancellationToken.None);
                AssertArrived(method, request);
            },
            iter: Iterations, threads: 1);

    private Task ResponseArrivesUnchanged<T>(Gen<T> responses, string method, Func<CancellationToken, Task<T>> call) =>
        responses.SampleAsync(
            async response =>
            {
                _driver.Answer(response);
                var received = await call(CancellationToken.None);
                Assert.Equal(method, _driver.Last.Method);
                AssertSame(response, received);
            },
            iter: Iterations, threads: 1);

    private void AssertArrived(string method, object? expected)
    {
        var (actualMethod, actual) = _driver.Last;
        Assert.Equal(method, actualMethod);
        AssertSame(expected, actual);
    }

    private static void AssertSame(object? expected, object? actual) => Assert.Equal(Canonical.Of(expected), Canonical.Of(actual));
}
