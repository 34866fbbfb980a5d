using CsCheck;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Every call a remote driver makes through <see cref="GrpcNetworkClient"/> reaches the host unchanged, and
/// every answer comes back unchanged.</summary>
public sealed class NetworkRoundTripTests : IAsyncLifetime
{
    private const int Iterations = 100;
    private readonly RecordingNetworkClient _network = new();
    private GrpcTestHost _host = null!;
    private GrpcNetworkClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GrpcTestHost.StartAsync(network: _network);
        _client = new GrpcNetworkClient(_host.Channel);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task A_network_or_its_absence_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Network.Null(), "GetNetwork", _client.GetNetworkAsync);

    [Fact]
    public Task A_subnet_or_its_absence_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Subnet.Null(), "GetSubnet", _client.GetSubnetAsync);

    [Fact]
    public Task A_subnet_list_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(
            ContractGen.Subnet.Array[0, 3].Select(a => (IReadOnlyList<Subnet>)a), "ListSubnets", _client.ListSubnetsAsync);

    [Fact]
    public Task A_port_or_its_absence_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.Port.Null(), "GetPort", _client.GetPortAsync);

    [Fact]
    public Task A_security_group_or_its_absence_survives_the_wire_unchanged() =>
        ReadArrivesUnchanged(ContractGen.SecurityGroup.Null(), "GetSecurityGroup", _client.GetSecurityGroupAsync);

    [Fact]
    public Task A_port_creation_and_its_port_survive_the_wire_unchanged() =>
        Gen.Select(ContractGen.CreatePortRequest, ContractGen.Port).SampleAsync(
            async (request, port) =>
            {
                _network.Answer(port);
                var received = await _client.CreatePortAsync(request, CancellationToken.None);
                AssertArrived("CreatePort", request);
                AssertSame(port, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task An_address_allocation_survives_the_wire_unchanged() =>
        Gen.Select(Gen.Guid, Gen.Guid, ContractGen.NullableAddress, ContractGen.Port).SampleAsync(
            async (portId, subnetId, address, port) =>
            {
                _network.Answer(port);
                var received = await _client.AllocateAddressAsync(portId, subnetId, address, CancellationToken.None);
                AssertArrived("AllocateAddress", (portId, subnetId, address));
                AssertSame(port, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public Task A_security_group_creation_survives_the_wire_unchanged() =>
        Gen.Select(ContractGen.SecurityGroup, ContractGen.SecurityGroup).SampleAsync(
            async (group, created) =>
            {
                _network.Answer(created);
                var received = await _client.CreateSecurityGroupAsync(group, CancellationToken.None);
                AssertArrived("CreateSecurityGroup", group);
                AssertSame(created, received);
            },
            iter: Iterations, threads: 1);

    [Fact]
    public async Task Deletions_reach_the_host_with_their_id()
    {
        var id = Guid.NewGuid();

        await _client.DeletePortAsync(id, CancellationToken.None);
        AssertArrived("DeletePort", id);
        await _client.DeleteSecurityGroupAsync(id, CancellationToken.None);
        AssertArrived("DeleteSecurityGroup", id);
    }

    private Task ReadArrivesUnchanged<T>(Gen<T> answers, string method, Func<Guid, CancellationToken, Task<T>> read) =>
        Gen.Select(Gen.Guid, answers).SampleAsync(
            async (id, answer) =>
            {
                _network.Answer(answer);
                var received = await read(id, CancellationToken.None);
                AssertArrived(method, id);
                AssertSame(answer, received);
            },
            iter: Iterations, threads: 1);

    private void AssertArrived(string method, object? expected)
    {
        var (actualMethod, actual) = _network.Last;
        Assert.Equal(method, actualMethod);
        AssertSame(expected, actual);
    }

    private static void AssertSame(object? expected, object? actual) => Assert.Equal(Canonical.Of(expected), Canonical.Of(actual));
}
