using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Lets a driver use the network service: networks, subnets, ports, address allocation and security groups.</summary>
/// <remarks>
/// Served by the host's network catalog (or a real Neutron); reachable in-process or over gRPC (service
/// <c>Network</c>). Thread-safe. Reads return <see langword="null"/> for unknown IDs.
/// </remarks>
public interface INetworkClient
{
    /// <summary>Reads a network.</summary>
    /// <param name="id">The network's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The network, or <see langword="null"/>.</returns>
    Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads a subnet.</summary>
    /// <param name="id">The subnet's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subnet, or <see langword="null"/>.</returns>
    Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Lists the subnets of a network.</summary>
    /// <param name="networkId">The network's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subnets.</returns>
    Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken);

    /// <summary>Reads a port.</summary>
    /// <param name="id">The port's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The port, or <see langword="null"/>.</returns>
    Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Creates a port and allocates its address.</summary>
    /// <param name="request">The port wanted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The port with its address.</returns>
    /// <exception cref="DriverException">The subnet is full, the address is taken, or the network is unknown.</exception>
    Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken);

    /// <summary>Adds an address on a subnet to an existing port (for example an additional VIP).</summary>
    /// <param name="portId">The port's ID.</param>
    /// <param name="subnetId">The subnet to allocate from.</param>
    /// <param name="ipAddress">The address wanted, or <see langword="null"/> for a free one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The port with the new address.</returns>
    Task<Port> AllocateAddressAsync(Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken);

    /// <summary>Deletes a port and frees its addresses; deleting an absent port succeeds.</summary>
    /// <param name="id">The port's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the port is gone.</returns>
    Task DeletePortAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Creates a security group with rules.</summary>
    /// <param name="group">The group; its ID is used as given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group as stored.</returns>
    Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken);

    /// <summary>Reads a security group.</summary>
    /// <param name="id">The group's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group, or <see langword="null"/>.</returns>
    Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes a security group; deleting an absent group succeeds.</summary>
    /// <param name="id">The group's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the group is gone.</returns>
    Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken);
}
