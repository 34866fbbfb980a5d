using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Is a load balancer as the API renders it: the row plus its children (id stubs, or full objects after a graph create).</summary>
/// <param name="Entity">The row.</param>
/// <param name="Listeners">An <see cref="IdRefs"/> or a full rendering.</param>
/// <param name="Pools">An <see cref="IdRefs"/> or a full rendering.</param>
public sealed record LoadBalancerView(LoadBalancerEntity Entity, object Listeners, object Pools);
