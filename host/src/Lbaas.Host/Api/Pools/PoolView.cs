using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.Pools;

/// <summary>Is a pool as the API renders it.</summary>
/// <param name="Entity">The row.</param>
/// <param name="Index">The relations of its load balancer.</param>
public sealed record PoolView(PoolEntity Entity, RelationIndex Index);
