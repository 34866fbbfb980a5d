namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a listener.</summary>
public sealed record DeleteListenerRequest
{
    /// <summary>Gets the listener as it is now.</summary>
    public required Listener Listener { get; init; }
}
