using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Calls the host's network service over gRPC as an <see cref="INetworkClient"/>; used by out-of-process drivers.</summary>
/// <remarks>Sends the contract version header on every call, honours the token and the optional call timeout, and
/// raises the exceptions the host threw. Thread safe.</remarks>
public sealed class GrpcNetworkClient : INetworkClient
{
    private readonly P.NetworkService.NetworkServiceClient _client;
    private readonly ClientCallRunner _calls;

    /// <summary>Initializes a client over a channel to the host.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcNetworkClient(GrpcChannel channel, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _client = new P.NetworkService.NetworkServiceClient(channel);
        _calls = new ClientCallRunner(options, channel.Target);
    }

    /// <summary>Initializes a client over a call invoker.</summary>
    /// <param name="callInvoker">The invoker.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcNetworkClient(CallInvoker callInvoker, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(callInvoker);
        _client = new P.NetworkService.NetworkServiceClient(callInvoker);
        _calls = new ClientCallRunner(options, "the host");
    }

    /// <inheritdoc/>
    public Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.GetNetwork),
            o => _client.GetNetworkAsync(new P.GetNetworkRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Network?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.GetSubnet),
            o => _client.GetSubnetAsync(new P.GetSubnetRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Subnet?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken) =>
        _calls.CallAsync<P.ListSubnetsResponse, IReadOnlyList<Subnet>>(
            nameof(P.NetworkService.NetworkServiceClient.ListSubnets),
            o => _client.ListSubnetsAsync(new P.ListSubnetsRequest { NetworkId = WireFormat.FromId(networkId) }, o),
            r => r.Subnets.Select(s => s.ToContract()).ToArray(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.GetPort),
            o => _client.GetPortAsync(new P.GetPortRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Port?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.CreatePort),
            o => _client.CreatePortAsync(request.ToProto(), o),
            r => WireFormat.Required(r.Port, "port").ToContract(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Port> AllocateAddressAsync(Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken)
    {
        var request = new P.AllocateAddressRequest { PortId = WireFormat.FromId(portId), SubnetId = WireFormat.FromId(subnetId) };
        if (ipAddress is not null)
        {
            request.IpAddress = WireFormat.FromAddress(ipAddress);
        }

        return _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.AllocateAddress),
            o => _client.AllocateAddressAsync(request, o),
            r => WireFormat.Required(r.Port, "port").ToContract(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeletePortAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.DeletePort),
            o => _client.DeletePortAsync(new P.DeletePortRequest { Id = WireFormat.FromId(id) }, o),
            cancellationToken);

    /// <inheritdoc/>
    public Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.CreateSecurityGroup),
            o => _client.CreateSecurityGroupAsync(new P.CreateSecurityGroupRequest { SecurityGroup = group.ToProto() }, o),
            r => WireFormat.Required(r.SecurityGroup, "security_group").ToContract(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.GetSecurityGroup),
            o => _client.GetSecurityGroupAsync(new P.GetSecurityGroupRequest { Id = WireFormat.FromId(id) }, o),
            r => r.SecurityGroup?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.NetworkService.NetworkServiceClient.DeleteSecurityGroup),
            o => _client.DeleteSecurityGroupAsync(new P.DeleteSecurityGroupRequest { Id = WireFormat.FromId(id) }, o),
            cancellationToken);
}
