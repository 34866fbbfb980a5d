namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a pool and its members and health monitor.</summary>
public sealed record DeletePoolRequest
{
    /// <summary>Gets the pool as it is now.</summary>
    public required Pool Pool { get; init; }
}
