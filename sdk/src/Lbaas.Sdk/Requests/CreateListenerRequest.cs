namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add a listener.</summary>
public sealed record CreateListenerRequest
{
    /// <summary>Gets the listener with its default pool and L7 policies.</summary>
    public required Listener Listener { get; init; }
}
