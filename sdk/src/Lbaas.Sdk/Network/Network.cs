namespace Lbaas.Sdk.V1;

/// <summary>Describes a network of the host's network catalog (or Neutron).</summary>
public sealed record Network
{
    /// <summary>Gets the network's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the owning project, empty for shared networks.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Gets the subnets on the network.</summary>
    public IReadOnlyList<Guid> SubnetIds { get; init; } = [];

    /// <summary>Gets the MTU.</summary>
    public int Mtu { get; init; } = 1500;

    /// <summary>Gets a value indicating whether every project may use the network.</summary>
    public bool Shared { get; init; }
}
