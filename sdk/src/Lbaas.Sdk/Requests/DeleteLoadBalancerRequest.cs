namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a load balancer, and with <see cref="Cascade"/> all of its children.</summary>
public sealed record DeleteLoadBalancerRequest
{
    /// <summary>Gets the load balancer with its whole graph.</summary>
    public required LoadBalancer LoadBalancer { get; init; }

    /// <summary>Gets a value indicating whether children are removed too; the driver then reports each one DELETED.</summary>
    public bool Cascade { get; init; }
}
