using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Records what arrives through gRPC and answers with <see cref="CallRecorder.Behavior"/>.</summary>
public sealed class RecordingNetworkClient : CallRecorder, INetworkClient
{
    public Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Network?>("GetNetwork", id, cancellationToken);

    public Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Subnet?>("GetSubnet", id, cancellationToken);

    public Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken) =>
        RecordAsync<IReadOnlyList<Subnet>>("ListSubnets", networkId, cancellationToken);

    public Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Port?>("GetPort", id, cancellationToken);

    public Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken) =>
        RecordAsync<Port>("CreatePort", request, cancellationToken);

    public Task<Port> AllocateAddressAsync(Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken) =>
        RecordAsync<Port>("AllocateAddress", (portId, subnetId, ipAddress), cancellationToken);

    public Task DeletePortAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync("DeletePort", id, cancellationToken);

    public Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken) =>
        RecordAsync<SecurityGroup>("CreateSecurityGroup", group, cancellationToken);

    public Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<SecurityGroup?>("GetSecurityGroup", id, cancellationToken);

    public Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync("DeleteSecurityGroup", id, cancellationToken);
}
