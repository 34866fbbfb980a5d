using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a pool member: a back-end address and port.</summary>
public sealed record Member
{
    /// <summary>Gets the member's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the pool the member belongs to.</summary>
    public required Guid PoolId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether the member is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the member's address.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>Gets the member's port, 1 to 65535.</summary>
    public required int ProtocolPort { get; init; }

    /// <summary>Gets the weight, 0 to 256; 0 takes no new connections.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Gets a value indicating whether the member only serves when all others are down.</summary>
    public bool Backup { get; init; }

    /// <summary>Gets the subnet the member is reached through.</summary>
    public Guid? SubnetId { get; init; }

    /// <summary>Gets an alternative address for health probes.</summary>
    public IPAddress? MonitorAddress { get; init; }

    /// <summary>Gets an alternative port for health probes.</summary>
    public int? MonitorPort { get; init; }
}
