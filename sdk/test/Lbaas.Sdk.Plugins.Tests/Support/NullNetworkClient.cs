using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Stands in for a host network with nothing in it; loading a plugin never touches the network.</summary>
public sealed class NullNetworkClient : INetworkClient
{
    public Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Network?>(null);

    public Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Subnet?>(null);

    public Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Subnet>>([]);

    public Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Port?>(null);

    public Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This test network has no ports.");

    public Task<Port> AllocateAddressAsync(Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This test network has no ports.");

    public Task DeletePortAsync(Guid id, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken) => Task.FromResult(group);

    public Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<SecurityGroup?>(null);

    public Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken) => Task.CompletedTask;
}
