using Grpc.Core;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Builder;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Both sides refuse a peer of another contract major with a message naming both versions.</summary>
public sealed class HandshakeTests : IAsyncLifetime
{
    private GrpcTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GrpcTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Connecting_to_a_provider_of_the_same_major_records_its_version()
    {
        var client = await GrpcProviderDriver.ConnectAsync(_host.Channel, CancellationToken.None);

        Assert.Equal(ContractVersion.Current, client.RemoteVersion);
    }

    [Fact]
    public async Task A_handshake_from_another_major_is_refused_naming_both_versions()
    {
        var raw = new P.ProviderDriverService.ProviderDriverServiceClient(_host.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await raw.HandshakeAsync(
            new P.HandshakeRequest { ClientVersion = new P.ContractVersion { Major = 2, Minor = 1 } }));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("2.1", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(ContractVersion.Current.ToString(), error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(P.ErrorKind.VersionMismatch, RpcErrorMapping.ReadDetail(error)?.Kind);
    }

    [Theory]
    [InlineData("ProviderDriverService")]
    [InlineData("DriverLibService")]
    [InlineData("NetworkService")]
    public async Task A_call_whose_header_names_another_major_is_refused_naming_both_versions(string service)
    {
        var headers = new Metadata { { ProviderContract.VersionHeader, "7.4" } };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await (service switch
        {
            "ProviderDriverService" => new P.ProviderDriverService.ProviderDriverServiceClient(_host.Channel)
                .GetCapabilitiesAsync(new P.GetCapabilitiesRequest(), headers).ResponseAsync as Task,
            "DriverLibService" => new P.DriverLibService.DriverLibServiceClient(_host.Channel)
                .UpdateStatusAsync(new P.UpdateStatusRequest { Status = new P.StatusUpdate() }, headers).ResponseAsync,
            _ => new P.NetworkService.NetworkServiceClient(_host.Channel)
                .DeletePortAsync(new P.DeletePortRequest { Id = Guid.NewGuid().ToString() }, headers).ResponseAsync,
        }));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("7.4", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(ContractVersion.Current.ToString(), error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connecting_to_a_provider_of_another_major_fails_naming_both_versions()
    {
        await using var future = await GrpcTestHost.StartAsync(_ => { }, app => app.MapGrpcService<FutureMajorProvider>());

        var error = await Assert.ThrowsAsync<ContractVersionMismatchException>(
            () => GrpcProviderDriver.ConnectAsync(future.Channel, CancellationToken.None));

        Assert.Equal(new ContractVersion(2, 3), error.Remote);
        Assert.Contains("2.3", error.Message, StringComparison.Ordinal);
        Assert.Contains(ContractVersion.Current.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_refuses_our_major_fails_the_connection_naming_both_versions()
    {
        await using var strict = await GrpcTestHost.StartAsync(_ => { }, app => app.MapGrpcService<RefusingProvider>());

        var error = await Assert.ThrowsAsync<ContractVersionMismatchException>(
            () => GrpcProviderDriver.ConnectAsync(strict.Channel, CancellationToken.None));

        Assert.Equal(new ContractVersion(3, 0), error.Remote);
        Assert.Contains("3.0", error.Message, StringComparison.Ordinal);
        Assert.Contains(ContractVersion.Current.ToString(), error.Message, StringComparison.Ordinal);
    }

    /// <summary>A provider built against a future contract major that answers the handshake.</summary>
    private sealed class FutureMajorProvider : P.ProviderDriverService.ProviderDriverServiceBase
    {
        public override Task<P.HandshakeResponse> Handshake(P.HandshakeRequest request, ServerCallContext context) =>
            Task.FromResult(new P.HandshakeResponse { ServerVersion = new P.ContractVersion { Major = 2, Minor = 3 } });
    }

    /// <summary>A provider of a future major that refuses us the way our own server refuses others.</summary>
    private sealed class RefusingProvider : P.ProviderDriverService.ProviderDriverServiceBase
    {
        public override Task<P.HandshakeResponse> Handshake(P.HandshakeRequest request, ServerCallContext context) =>
            throw RpcErrorMapping.VersionMismatch(new ContractVersion(3, 0), request.ClientVersion.ToContract());
    }
}
