namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to build a load balancer; a fully populated create carries the whole graph.</summary>
public sealed record CreateLoadBalancerRequest
{
    /// <summary>Gets the load balancer with its VIP allocated and, for a fully populated create, its listeners and pools.</summary>
    public required LoadBalancer LoadBalancer { get; init; }
}
