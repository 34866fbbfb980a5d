using Grpc.Core;
using Grpc.Net.Client;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Calls a provider driver served over gRPC as if it were an in-process <see cref="IProviderDriver"/>.</summary>
/// <remarks>
/// Every call sends the contract version header, honours the caller's <see cref="CancellationToken"/> (cancelling the
/// server's token too) and the optional <see cref="GrpcClientOptions.CallTimeout"/>. Errors arrive as the exception type
/// the remote driver threw, with the same user and operator messages. Thread safe; one instance may serve many calls.
/// Use <see cref="ConnectAsync(GrpcChannel, CancellationToken)"/> to check the remote contract version first. It
/// implements every optional interface; whether the remote driver does is told by its capabilities, and a call to one
/// it lacks throws <see cref="NotImplementedByDriverException"/>.
/// </remarks>
public sealed class GrpcProviderDriver : IProviderDriver, IAmphoraAdministration, IStatusQuery
{
    private readonly P.ProviderDriverService.ProviderDriverServiceClient _client;
    private readonly ClientCallRunner _calls;

    /// <summary>Initializes a client over a channel, without a handshake.</summary>
    /// <param name="channel">The channel to the provider.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcProviderDriver(GrpcChannel channel, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _client = new P.ProviderDriverService.ProviderDriverServiceClient(channel);
        _calls = new ClientCallRunner(options, channel.Target);
    }

    /// <summary>Initializes a client over a call invoker, without a handshake.</summary>
    /// <param name="callInvoker">The invoker, e.g. one with interceptors.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcProviderDriver(CallInvoker callInvoker, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(callInvoker);
        _client = new P.ProviderDriverService.ProviderDriverServiceClient(callInvoker);
        _calls = new ClientCallRunner(options, "the remote provider");
    }

    /// <summary>Gets the contract version the server reported in the handshake, or <see langword="null"/> before one.</summary>
    public ContractVersion? RemoteVersion { get; private set; }

    /// <summary>Connects to a provider and checks that it speaks this contract major.</summary>
    /// <param name="channel">The channel to the provider.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>A client whose <see cref="RemoteVersion"/> is set.</returns>
    /// <exception cref="ContractVersionMismatchException">The provider speaks another major.</exception>
    public static Task<GrpcProviderDriver> ConnectAsync(GrpcChannel channel, CancellationToken cancellationToken) =>
        ConnectAsync(channel, options: null, cancellationToken);

    /// <summary>Connects to a provider with options and checks that it speaks this contract major.</summary>
    /// <param name="channel">The channel to the provider.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>A client whose <see cref="RemoteVersion"/> is set.</returns>
    /// <exception cref="ContractVersionMismatchException">The provider speaks another major.</exception>
    public static async Task<GrpcProviderDriver> ConnectAsync(
        GrpcChannel channel, GrpcClientOptions? options, CancellationToken cancellationToken)
    {
        var driver = new GrpcProviderDriver(channel, options);
        await driver.HandshakeAsync(cancellationToken).ConfigureAwait(false);
        return driver;
    }

    /// <summary>Connects through a call invoker and checks that the provider speaks this contract major.</summary>
    /// <param name="callInvoker">The invoker.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>A client whose <see cref="RemoteVersion"/> is set.</returns>
    /// <exception cref="ContractVersionMismatchException">The provider speaks another major.</exception>
    public static async Task<GrpcProviderDriver> ConnectAsync(
        CallInvoker callInvoker, GrpcClientOptions? options, CancellationToken cancellationToken)
    {
        var driver = new GrpcProviderDriver(callInvoker, options);
        await driver.HandshakeAsync(cancellationToken).ConfigureAwait(false);
        return driver;
    }

    /// <summary>Exchanges contract versions with the provider.</summary>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>The provider's contract version.</returns>
    /// <exception cref="ContractVersionMismatchException">The provider speaks another major.</exception>
    public async Task<ContractVersion> HandshakeAsync(CancellationToken cancellationToken)
    {
        var request = new P.HandshakeRequest { ClientVersion = ContractVersion.Current.ToProto() };
        var remote = await _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.Handshake),
            o => _client.HandshakeAsync(request, o),
            r => WireFormat.Required(r.ServerVersion, "server_version").ToContract(),
            cancellationToken).ConfigureAwait(false);
        if (!ContractVersion.Current.IsCompatibleWith(remote))
        {
            throw new ContractVersionMismatchException(ContractVersion.Current, remote, $"The provider at {_calls.Target}");
        }

        RemoteVersion = remote;
        return remote;
    }

    /// <inheritdoc/>
    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetCapabilities),
            o => _client.GetCapabilitiesAsync(new P.GetCapabilitiesRequest(), o),
            r => WireFormat.Required(r.Capabilities, "capabilities").ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateVipPort),
            o => _client.CreateVipPortAsync(request.ToProto(), o),
            r => r.ToContract(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateLoadBalancer), o => _client.CreateLoadBalancerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateLoadBalancer), o => _client.UpdateLoadBalancerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteLoadBalancer), o => _client.DeleteLoadBalancerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.FailoverLoadBalancer), o => _client.FailoverLoadBalancerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateListener), o => _client.CreateListenerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateListener), o => _client.UpdateListenerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteListener), o => _client.DeleteListenerAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreatePool), o => _client.CreatePoolAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdatePool), o => _client.UpdatePoolAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeletePool), o => _client.DeletePoolAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateMember), o => _client.CreateMemberAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateMember), o => _client.UpdateMemberAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteMember), o => _client.DeleteMemberAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.BatchUpdateMembers), o => _client.BatchUpdateMembersAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateHealthMonitor), o => _client.CreateHealthMonitorAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateHealthMonitor), o => _client.UpdateHealthMonitorAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteHealthMonitor), o => _client.DeleteHealthMonitorAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateL7Policy), o => _client.CreateL7PolicyAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateL7Policy), o => _client.UpdateL7PolicyAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteL7Policy), o => _client.DeleteL7PolicyAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.CreateL7Rule), o => _client.CreateL7RuleAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.UpdateL7Rule), o => _client.UpdateL7RuleAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteL7Rule), o => _client.DeleteL7RuleAsync(request.ToProto(), o), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken) =>
        _calls.CallAsync<P.GetFlavorMetadataKeysResponse, IReadOnlyList<MetadataKey>>(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetFlavorMetadataKeys),
            o => _client.GetFlavorMetadataKeysAsync(new P.GetFlavorMetadataKeysRequest(), o),
            r => r.Keys.Select(k => k.ToContract()).ToArray(),
            cancellationToken);

    /// <inheritdoc/>
    public Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.ValidateFlavor),
            o => _client.ValidateFlavorAsync(request.ToFlavorProto(), o),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken) =>
        _calls.CallAsync<P.GetAvailabilityZoneMetadataKeysResponse, IReadOnlyList<MetadataKey>>(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetAvailabilityZoneMetadataKeys),
            o => _client.GetAvailabilityZoneMetadataKeysAsync(new P.GetAvailabilityZoneMetadataKeysRequest(), o),
            r => r.Keys.Select(k => k.ToContract()).ToArray(),
            cancellationToken);

    /// <inheritdoc/>
    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.ValidateAvailabilityZone),
            o => _client.ValidateAvailabilityZoneAsync(request.ToAvailabilityZoneProto(), o),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Amphora>> ListAmphoraeAsync(Guid? loadBalancerId, CancellationToken cancellationToken)
    {
        var request = new P.ListAmphoraeRequest();
        if (loadBalancerId is { } id)
        {
            request.LoadBalancerId = WireFormat.FromId(id);
        }

        return _calls.CallAsync<P.ListAmphoraeResponse, IReadOnlyList<Amphora>>(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.ListAmphorae),
            o => _client.ListAmphoraeAsync(request, o),
            r => r.Amphorae.Select(a => a.ToContract()).ToArray(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Amphora?> GetAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetAmphora),
            o => _client.GetAmphoraAsync(new P.GetAmphoraRequest { AmphoraId = WireFormat.FromId(amphoraId) }, o),
            r => r.Amphora?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.DeleteAmphora),
            o => _client.DeleteAmphoraAsync(new P.DeleteAmphoraRequest { AmphoraId = WireFormat.FromId(amphoraId) }, o),
            cancellationToken);

    /// <inheritdoc/>
    public Task FailoverAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.FailoverAmphora),
            o => _client.FailoverAmphoraAsync(new P.FailoverAmphoraRequest { AmphoraId = WireFormat.FromId(amphoraId) }, o),
            cancellationToken);

    /// <inheritdoc/>
    public Task ConfigureAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.ConfigureAmphora),
            o => _client.ConfigureAmphoraAsync(new P.ConfigureAmphoraRequest { AmphoraId = WireFormat.FromId(amphoraId) }, o),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<AmphoraStatistics>> GetAmphoraStatisticsAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        _calls.CallAsync<P.GetAmphoraStatisticsResponse, IReadOnlyList<AmphoraStatistics>>(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetAmphoraStatistics),
            o => _client.GetAmphoraStatisticsAsync(new P.GetAmphoraStatisticsRequest { AmphoraId = WireFormat.FromId(amphoraId) }, o),
            r => r.Statistics.Select(s => s.ToContract()).ToArray(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<StatusUpdate?> GetLoadBalancerStatusAsync(GetLoadBalancerStatusRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(
            nameof(P.ProviderDriverService.ProviderDriverServiceClient.GetLoadBalancerStatus),
            o => _client.GetLoadBalancerStatusAsync(request.ToProto(), o),
            r => r.Status?.ToContract(),
            cancellationToken);
    }
}
