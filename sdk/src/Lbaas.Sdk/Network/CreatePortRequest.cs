using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Asks the network service for a port, allocating an address from a subnet.</summary>
public sealed record CreatePortRequest
{
    /// <summary>Gets the network.</summary>
    public required Guid NetworkId { get; init; }

    /// <summary>Gets the subnet to allocate from; <see langword="null"/> picks the network's first subnet with room.</summary>
    public Guid? SubnetId { get; init; }

    /// <summary>Gets the address wanted; <see langword="null"/> allocates a free one.</summary>
    public IPAddress? IpAddress { get; init; }

    /// <summary>Gets the port name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the owning project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Gets what owns the port.</summary>
    public string? DeviceOwner { get; init; }

    /// <summary>Gets the ID of the device using the port.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Gets the security groups to apply.</summary>
    public IReadOnlyList<Guid> SecurityGroupIds { get; init; } = [];

    /// <summary>Gets the QoS policy to apply.</summary>
    public Guid? QosPolicyId { get; init; }
}
