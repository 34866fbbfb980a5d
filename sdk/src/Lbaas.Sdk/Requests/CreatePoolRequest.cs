namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add a pool.</summary>
public sealed record CreatePoolRequest
{
    /// <summary>Gets the pool with its members and health monitor.</summary>
    public required Pool Pool { get; init; }
}
