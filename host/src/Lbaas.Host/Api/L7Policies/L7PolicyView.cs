using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.L7Policies;

/// <summary>Is an L7 policy as the API renders it.</summary>
/// <param name="Entity">The row.</param>
/// <param name="Index">The relations of its load balancer.</param>
public sealed record L7PolicyView(L7PolicyEntity Entity, RelationIndex Index);
