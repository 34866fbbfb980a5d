namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver for its current view of one load balancer (<see cref="IStatusQuery"/>).</summary>
public sealed record GetLoadBalancerStatusRequest
{
    /// <summary>Gets the load balancer's ID.</summary>
    public required Guid LoadBalancerId { get; init; }
}
