using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.Listeners;

/// <summary>Is a listener as the API renders it.</summary>
/// <param name="Entity">The row.</param>
/// <param name="Index">The relations of its load balancer.</param>
public sealed record ListenerView(ListenerEntity Entity, RelationIndex Index);
