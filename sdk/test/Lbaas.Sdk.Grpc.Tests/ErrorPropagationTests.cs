using CsCheck;
using Grpc.Core;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>A typed error thrown on one side of the wire arrives on the other as the same type and messages.</summary>
public sealed class ErrorPropagationTests : IAsyncLifetime
{
    private static readonly Gen<ProviderException> TypedError =
        Gen.Select(Gen.Int[0, 2], ContractGen.Text, ContractGen.NullableText, (kind, user, @operator) => kind switch
        {
            0 => (ProviderException)new DriverException(user, @operator),
            1 => new NotImplementedByDriverException(user, @operator),
            _ => new UnsupportedOptionException(user, @operator),
        });

    private readonly RecordingProviderDriver _driver = new();
    private readonly RecordingDriverLib _driverLib = new();
    private readonly RecordingNetworkClient _network = new();
    private GrpcTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GrpcTestHost.StartAsync(_driver, _driverLib, _network);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task A_driver_error_arrives_as_the_same_type_with_the_same_messages()
    {
        var client = new GrpcProviderDriver(_host.Channel);
        return Gen.Select(TypedError, ContractGen.Member).SampleAsync(
            async (error, member) =>
            {
                _driver.Throw(error);
                var received = await Assert.ThrowsAnyAsync<ProviderException>(
                    () => client.CreateMemberAsync(new CreateMemberRequest { Member = member }, CancellationToken.None));
                AssertSameError(error, received);
            },
            iter: 150, threads: 1);
    }

    [Fact]
    public Task A_host_error_reaches_a_remote_driver_as_the_same_type_with_the_same_messages()
    {
        var driverLib = new GrpcDriverLib(_host.Channel);
        var network = new GrpcNetworkClient(_host.Channel);
        return TypedError.SampleAsync(
            async error =>
            {
                _driverLib.Throw(error);
                _network.Throw(error);
                AssertSameError(error, await Assert.ThrowsAnyAsync<ProviderException>(
                    () => driverLib.UpdateStatusAsync(new StatusUpdate(), CancellationToken.None)));
                AssertSameError(error, await Assert.ThrowsAnyAsync<ProviderException>(
                    () => network.DeletePortAsync(Guid.NewGuid(), CancellationToken.None)));
            },
            iter: 100, threads: 1);
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_a_driver_error_with_the_generic_user_message()
    {
        _driver.Throw(new InvalidOperationException("disk on fire at /var/lib/lbaas"));
        var client = new GrpcProviderDriver(_host.Channel);

        var error = await Assert.ThrowsAsync<DriverException>(() => client.GetCapabilitiesAsync(CancellationToken.None));

        Assert.Equal(DriverException.DefaultUserMessage, error.UserMessage);
        Assert.Contains(nameof(InvalidOperationException), error.OperatorMessage, StringComparison.Ordinal);
        Assert.Contains("disk on fire at /var/lib/lbaas", error.OperatorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amphora_administration_of_a_driver_without_it_is_not_implemented()
    {
        await using var host = await GrpcTestHost.StartAsync(driver: InterfaceOnlyProxy.Wrap<IProviderDriver>(new RecordingProviderDriver()));
        var client = new GrpcProviderDriver(host.Channel);

        var error = await Assert.ThrowsAsync<NotImplementedByDriverException>(
            () => client.ListAmphoraeAsync(null, CancellationToken.None));

        Assert.Contains(nameof(IAmphoraAdministration), error.OperatorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public Task A_status_query_error_arrives_as_the_same_type_with_the_same_messages()
    {
        var client = new GrpcProviderDriver(_host.Channel);
        return Gen.Select(TypedError, Gen.Guid).SampleAsync(
            async (error, id) =>
            {
                _driver.Throw(error);
                var received = await Assert.ThrowsAnyAsync<ProviderException>(
                    () => client.GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = id }, CancellationToken.None));
                AssertSameError(error, received);
            },
            iter: 50, threads: 1);
    }

    [Fact]
    public async Task A_status_query_to_a_driver_without_it_is_not_implemented()
    {
        await using var host = await GrpcTestHost.StartAsync(driver: InterfaceOnlyProxy.Wrap<IProviderDriver>(new RecordingProviderDriver()));
        var client = new GrpcProviderDriver(host.Channel);

        var error = await Assert.ThrowsAsync<NotImplementedByDriverException>(
            () => client.GetLoadBalancerStatusAsync(new GetLoadBalancerStatusRequest { LoadBalancerId = Guid.NewGuid() }, CancellationToken.None));

        Assert.Contains(nameof(IStatusQuery), error.OperatorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_request_is_refused_as_invalid_without_reaching_the_driver()
    {
        var raw = new P.ProviderDriverService.ProviderDriverServiceClient(_host.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await raw.CreateMemberAsync(new P.CreateMemberRequest { Member = new P.Member { Id = "not-a-uuid" } }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("member.id", error.Status.Detail, StringComparison.Ordinal);
        Assert.Null(_driver.Last.Method);
    }

    [Fact]
    public async Task A_sparse_update_that_sets_a_non_nullable_field_to_null_is_refused()
    {
        var raw = new P.ProviderDriverService.ProviderDriverServiceClient(_host.Channel);
        var member = new Member { Id = Guid.NewGuid(), PoolId = Guid.NewGuid(), ProjectId = "p", Address = System.Net.IPAddress.IPv6Loopback, ProtocolPort = 1 };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await raw.UpdateMemberAsync(
            new P.UpdateMemberRequest { Current = member.ToProto(), Weight = new P.OptionalInt32() }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("weight", error.Status.Detail, StringComparison.Ordinal);
    }

    private static void AssertSameError(ProviderException expected, ProviderException actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.UserMessage, actual.UserMessage);
        Assert.Equal(expected.OperatorMessage, actual.OperatorMessage);
    }
}
