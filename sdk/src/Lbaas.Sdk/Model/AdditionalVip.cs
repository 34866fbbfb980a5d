using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes an additional virtual IP of a load balancer, on the VIP network.</summary>
public sealed record AdditionalVip
{
    /// <summary>Gets the subnet the address comes from.</summary>
    public required Guid SubnetId { get; init; }

    /// <summary>Gets the address; <see langword="null"/> when not yet allocated.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>Gets the network of the subnet.</summary>
    public Guid? NetworkId { get; init; }

    /// <summary>Gets the port that holds the address.</summary>
    public Guid? PortId { get; init; }
}
