namespace Lbaas.Sdk.V1;

/// <summary>Reports one listener's counters on one amphora.</summary>
public sealed record AmphoraStatistics
{
    /// <summary>Gets the amphora's ID.</summary>
    public required Guid AmphoraId { get; init; }

    /// <summary>Gets the load balancer's ID.</summary>
    public required Guid LoadBalancerId { get; init; }

    /// <summary>Gets the listener's ID.</summary>
    public required Guid ListenerId { get; init; }

    /// <summary>Gets the counters.</summary>
    public required ListenerStatistics Counters { get; init; }
}
