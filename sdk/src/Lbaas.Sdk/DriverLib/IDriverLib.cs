namespace Lbaas.Sdk.V1;

/// <summary>Lets a driver report back to the host: status trees, listener statistics, and reads of the host's objects.</summary>
/// <remarks>Served by the host; thread-safe; reachable in-process or over gRPC (service <c>DriverLib</c>).</remarks>
public interface IDriverLib
{
    /// <summary>Reports new statuses; the host applies them atomically.</summary>
    /// <param name="update">The status tree.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the statuses are stored.</returns>
    /// <remarks>Records for objects the host does not know are ignored. DELETED removes the object.</remarks>
    Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken);

    /// <summary>Reports listener counters (absolute values).</summary>
    /// <param name="statistics">The counters of one or more listeners.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the counters are stored.</returns>
    Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken);

    /// <summary>Reads a load balancer with its whole graph.</summary>
    /// <param name="id">The load balancer's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The load balancer, or <see langword="null"/> when absent or deleted.</returns>
    Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads a listener with its default pool and L7 policies.</summary>
    /// <param name="id">The listener's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The listener, or <see langword="null"/> when absent.</returns>
    Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads a pool with its members and health monitor.</summary>
    /// <param name="id">The pool's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pool, or <see langword="null"/> when absent.</returns>
    Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads a member.</summary>
    /// <param name="id">The member's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member, or <see langword="null"/> when absent.</returns>
    Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads a health monitor.</summary>
    /// <param name="id">The health monitor's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The health monitor, or <see langword="null"/> when absent.</returns>
    Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads an L7 policy with its rules.</summary>
    /// <param name="id">The policy's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy, or <see langword="null"/> when absent.</returns>
    Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads an L7 rule.</summary>
    /// <param name="id">The rule's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rule, or <see langword="null"/> when absent.</returns>
    Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken);
}
