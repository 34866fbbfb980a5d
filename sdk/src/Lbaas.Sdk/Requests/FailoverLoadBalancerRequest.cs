namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to rebuild a load balancer's data plane.</summary>
public sealed record FailoverLoadBalancerRequest
{
    /// <summary>Gets the load balancer with its whole graph.</summary>
    public required LoadBalancer LoadBalancer { get; init; }
}
