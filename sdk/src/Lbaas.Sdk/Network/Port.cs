namespace Lbaas.Sdk.V1;

/// <summary>Describes a port: an attachment to a network holding one or more addresses.</summary>
public sealed record Port
{
    /// <summary>Gets the port's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the name (VIP ports are named <c>lb-&lt;load balancer id&gt;</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the network the port is on.</summary>
    public required Guid NetworkId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Gets the addresses the port holds.</summary>
    public IReadOnlyList<FixedIp> FixedIps { get; init; } = [];

    /// <summary>Gets the MAC address.</summary>
    public string? MacAddress { get; init; }

    /// <summary>Gets what owns the port, for example <c>Octavia</c>.</summary>
    public string? DeviceOwner { get; init; }

    /// <summary>Gets the ID of the device using the port.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Gets the security groups applied to the port.</summary>
    public IReadOnlyList<Guid> SecurityGroupIds { get; init; } = [];

    /// <summary>Gets a value indicating whether the port is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;
}
