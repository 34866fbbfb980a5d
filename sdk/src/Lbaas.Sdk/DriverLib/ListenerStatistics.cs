namespace Lbaas.Sdk.V1;

/// <summary>Reports a listener's counters as absolute values (they replace, not add to, what the host has).</summary>
public sealed record ListenerStatistics
{
    /// <summary>Gets the listener's ID.</summary>
    public required Guid ListenerId { get; init; }

    /// <summary>Gets the connections open now.</summary>
    public long ActiveConnections { get; init; }

    /// <summary>Gets the bytes received from clients.</summary>
    public long BytesIn { get; init; }

    /// <summary>Gets the bytes sent to clients.</summary>
    public long BytesOut { get; init; }

    /// <summary>Gets the requests that failed.</summary>
    public long RequestErrors { get; init; }

    /// <summary>Gets the connections handled in total.</summary>
    public long TotalConnections { get; init; }
}
