using CsCheck;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Every call a remote driver makes through <see cref="GrpcDriverLib"/> reaches the host's library unchanged.</summary>
public sealed class DriverLibRoundTripTests : IAsyncLifetime
{
    private const int Iterations = 100;
    private readonly RecordingDriverLib _driverLib = new();
    private GrpcTestHost _host = null!;
    private GrpcDriverLib _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GrpcTestHost.StartAsync(driverLib: _driverLib);
        _client = new GrpcDriverLib(_host.Channel);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task A_status_update_survives_the_wire_unchanged() =>
        ContractGen.StatusUpdate.SampleAsync(
            async update =>
            {
                await _client.UpdateStatusAsync(update, CancellationToken.None);
                AssertArrived("UpdateStatus", update);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task Listener_statistics_survive_the_wire_unchanged() =>
        ContractGen.ListenerStatistics.Array[0, 4].SampleAsync(
            async statistics =>
            {
                await _client.UpdateListenerStatisticsAsync(statistics, CancellationToken.None);
                AssertArrived("UpdateListenerStatistics", statistics);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task A_load_balancer_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.LoadBalancer, "GetLoadBalancer", _client.GetLoadBalancerAsync);

    [Fact]
    public Task A_listener_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Listener, "GetListener", _client.GetListenerAsync);

    [Fact]
    public Task A_pool_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Pool, "GetPool", _client.GetPoolAsync);

    [Fact]
    public Task A_member_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Member, "GetMember", _client.GetMemberAsync);

    [Fact]
    public Task A_health_monitor_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.HealthMonitor, "GetHealthMonitor", _client.GetHealthMonitorAsync);

    [Fact]
    public Task An_l7_policy_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.L7Policy, "GetL7Policy", _client.GetL7PolicyAsync);

    [Fact]
    public Task An_l7_rule_read_back_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.L7Rule, "GetL7Rule", _client.GetL7RuleAsync);

    private Task ReadArrivesUnchanged<T>(Gen<T> objects, string method, Func<Guid, CancellationToken, Task<T?>> read)
        where T : class =>
        Gen.Select(Gen.Guid, objects.Null()).SampleAsync(
            async (id, found) =>
            {
                _driverLib.Answer(found);
                var received = await read(id, CancellationToken.None);
                AssertArrived(method, id);
                Assert.Equal(Canonical.Of(found), Canonical.Of(received));
            },
            iter: Iterations, threads: 1);

    private void AssertArrived(string method, object? expected)
    {
        var (actualMethod, actual) = _driverLib.Last;
        Assert.Equal(method, actualMethod);
        Assert.Equal(Canonical.Of(expected), Canonical.Of(actual));
    }
}
