namespace Lbaas.Sdk.V1;

/// <summary>Returns the VIP a driver allocated.</summary>
public sealed record CreateVipPortResult
{
    /// <summary>Gets the VIP with address, network, subnet and port filled in.</summary>
    public required Vip Vip { get; init; }

    /// <summary>Gets the additional VIPs, filled in.</summary>
    public IReadOnlyList<AdditionalVip> AdditionalVips { get; init; } = [];

    /// <summary>Gets a value indicating whether the host owns the port and releases it when the load balancer is deleted.</summary>
    public bool PortOwnedByHost { get; init; }
}
