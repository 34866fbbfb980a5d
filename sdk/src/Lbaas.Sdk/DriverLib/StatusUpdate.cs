namespace Lbaas.Sdk.V1;

/// <summary>Reports a status tree: new statuses of any objects of one or more load balancers.</summary>
/// <remarks>The host applies it atomically in the order members, health monitors, pools, rules, policies, listeners, load balancers.</remarks>
public sealed record StatusUpdate
{
    /// <summary>Gets the load balancer statuses.</summary>
    public IReadOnlyList<StatusEntry> LoadBalancers { get; init; } = [];

    /// <summary>Gets the listener statuses.</summary>
    public IReadOnlyList<StatusEntry> Listeners { get; init; } = [];

    /// <summary>Gets the pool statuses.</summary>
    public IReadOnlyList<StatusEntry> Pools { get; init; } = [];

    /// <summary>Gets the member statuses.</summary>
    public IReadOnlyList<StatusEntry> Members { get; init; } = [];

    /// <summary>Gets the health monitor statuses.</summary>
    public IReadOnlyList<StatusEntry> HealthMonitors { get; init; } = [];

    /// <summary>Gets the L7 policy statuses.</summary>
    public IReadOnlyList<StatusEntry> L7Policies { get; init; } = [];

    /// <summary>Gets the L7 rule statuses.</summary>
    public IReadOnlyList<StatusEntry> L7Rules { get; init; } = [];

    /// <summary>Gets a value indicating whether the update names no object.</summary>
    public bool IsEmpty => LoadBalancers.Count + Listeners.Count + Pools.Count + Members.Count + HealthMonitors.Count
        + L7Policies.Count + L7Rules.Count == 0;
}
