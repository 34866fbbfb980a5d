using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes the primary virtual IP of a load balancer.</summary>
public sealed record Vip
{
    /// <summary>Gets the VIP address; <see langword="null"/> when not yet allocated.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>Gets the network the VIP lives on.</summary>
    public Guid? NetworkId { get; init; }

    /// <summary>Gets the subnet the VIP address comes from.</summary>
    public Guid? SubnetId { get; init; }

    /// <summary>Gets the port that holds the VIP address.</summary>
    public Guid? PortId { get; init; }

    /// <summary>Gets the QoS policy applied to the VIP port.</summary>
    public Guid? QosPolicyId { get; init; }
}
