namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to create the port that holds a new load balancer's VIP.</summary>
public sealed record CreateVipPortRequest
{
    /// <summary>Gets the ID the load balancer will have.</summary>
    public required Guid LoadBalancerId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the VIP as the user asked for it: any of address, network, subnet, port and QoS policy.</summary>
    public required Vip Vip { get; init; }

    /// <summary>Gets the additional VIPs as the user asked for them.</summary>
    public IReadOnlyList<AdditionalVip> AdditionalVips { get; init; } = [];
}
