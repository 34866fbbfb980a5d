using Grpc.Core;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Serves an <see cref="INetworkClient"/> (the host's) as the gRPC NetworkService for out-of-process drivers.</summary>
/// <remarks>Refuses a caller of another contract major with FAILED_PRECONDITION, passes the call's token on, and
/// maps exceptions as <see cref="ProviderDriverGrpcService"/> does. Stateless and thread safe.</remarks>
public sealed class NetworkGrpcService : P.NetworkService.NetworkServiceBase
{
    private readonly INetworkClient _network;
    private readonly ServerCallHandler _calls;

    /// <summary>Initializes the service over a network client.</summary>
    /// <param name="network">The network client to serve.</param>
    /// <param name="logger">Receives refusals and unexpected failures; <see langword="null"/> logs nothing.</param>
    public NetworkGrpcService(INetworkClient network, ILogger<NetworkGrpcService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        _network = network;
        _calls = new ServerCallHandler(logger ?? (ILogger)NullLogger.Instance, "NetworkService");
    }

    /// <summary>Serves GetNetwork.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; the network is absent when not found.</returns>
    public override Task<P.GetNetworkResponse> GetNetwork(P.GetNetworkRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetNetwork), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetNetworkResponse { Network = (await _network.GetNetworkAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetSubnet.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; the subnet is absent when not found.</returns>
    public override Task<P.GetSubnetResponse> GetSubnet(P.GetSubnetRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetSubnet), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetSubnetResponse { Subnet = (await _network.GetSubnetAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves ListSubnets.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.ListSubnetsResponse> ListSubnets(P.ListSubnetsRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(ListSubnets), () => WireFormat.ToId(request.NetworkId, "network_id"), async (id, ct) =>
            new P.ListSubnetsResponse
            {
                Subnets = { (await _network.ListSubnetsAsync(id, ct).ConfigureAwait(false)).Select(s => s.ToProto()) },
            });

    /// <summary>Serves GetPort.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; the port is absent when not found.</returns>
    public override Task<P.GetPortResponse> GetPort(P.GetPortRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetPort), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetPortResponse { Port = (await _network.GetPortAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves CreatePort.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreatePortResponse> CreatePort(P.CreatePortRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreatePort), request.ToContract, async (r, ct) =>
            new P.CreatePortResponse { Port = (await _network.CreatePortAsync(r, ct).ConfigureAwait(false)).ToProto() });

    /// <summary>Serves AllocateAddress.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.AllocateAddressResponse> AllocateAddress(P.AllocateAddressRequest request, ServerCallContext context) =>
        _calls.HandleAsync(
            context,
            nameof(AllocateAddress),
            () => (PortId: WireFormat.ToId(request.PortId, "port_id"),
                SubnetId: WireFormat.ToId(request.SubnetId, "subnet_id"),
                Address: WireFormat.ToNullableAddress(request.HasIpAddress, request.IpAddress, "ip_address")),
            async (r, ct) => new P.AllocateAddressResponse
            {
                Port = (await _network.AllocateAddressAsync(r.PortId, r.SubnetId, r.Address, ct).ConfigureAwait(false)).ToProto(),
            });

    /// <summary>Serves DeletePort.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeletePortResponse> DeletePort(P.DeletePortRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeletePort), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
        {
            await _network.DeletePortAsync(id, ct).ConfigureAwait(false);
            return new P.DeletePortResponse();
        });

    /// <summary>Serves CreateSecurityGroup.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateSecurityGroupResponse> CreateSecurityGroup(
        P.CreateSecurityGroupRequest request, ServerCallContext context) =>
        _calls.HandleAsync(
            context,
            nameof(CreateSecurityGroup),
            () => WireFormat.Required(request.SecurityGroup, "security_group").ToContract(),
            async (group, ct) => new P.CreateSecurityGroupResponse
            {
                SecurityGroup = (await _network.CreateSecurityGroupAsync(group, ct).ConfigureAwait(false)).ToProto(),
            });

    /// <summary>Serves GetSecurityGroup.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; the group is absent when not found.</returns>
    public override Task<P.GetSecurityGroupResponse> GetSecurityGroup(P.GetSecurityGroupRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetSecurityGroup), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetSecurityGroupResponse
            {
                SecurityGroup = (await _network.GetSecurityGroupAsync(id, ct).ConfigureAwait(false))?.ToProto(),
            });

    /// <summary>Serves DeleteSecurityGroup.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteSecurityGroupResponse> DeleteSecurityGroup(
        P.DeleteSecurityGroupRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteSecurityGroup), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
        {
            await _network.DeleteSecurityGroupAsync(id, ct).ConfigureAwait(false);
            return new P.DeleteSecurityGroupResponse();
        });
}
