namespace Lbaas.Sdk.V1;

/// <summary>Carries out the load-balancer lifecycle for one provider; the host calls it, the driver reports back through <see cref="IDriverLib"/>.</summary>
/// <remarks>
/// <para>
/// Every call returns once the driver has accepted the work; the outcome is reported later, or before returning, as a
/// status tree through <see cref="IDriverLib.UpdateStatusAsync"/>. On success every object the host put in a PENDING
/// state (the object and its parents) must be reported ACTIVE, or DELETED for deletes; on failure the object ERROR and
/// its parents ACTIVE. The host's watchdog settles whatever is never reported.
/// </para>
/// <para>
/// Calls are idempotent: the same request applied twice leaves the same configuration. Implementations must be
/// thread-safe; the host calls them concurrently for different load balancers.
/// </para>
/// <para>
/// Errors: <see cref="DriverException"/> (500, object ERROR), <see cref="NotImplementedByDriverException"/> and
/// <see cref="UnsupportedOptionException"/> (501, change rolled back). Anything else is treated as a
/// <see cref="DriverException"/>.
/// </para>
/// </remarks>
public interface IProviderDriver
{
    /// <summary>Describes what the driver supports.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The driver's capabilities.</returns>
    Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken);

    /// <summary>Creates the port that holds a new load balancer's VIP; called on every load balancer create.</summary>
    /// <param name="request">The VIP as the user asked for it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The allocated VIP.</returns>
    /// <exception cref="NotImplementedByDriverException">The host should allocate the VIP itself.</exception>
    Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken);

    /// <summary>Builds a load balancer and, for a fully populated create, its whole graph.</summary>
    /// <param name="request">The load balancer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to a load balancer.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a load balancer, and with cascade its children, reporting each DELETED.</summary>
    /// <param name="request">The load balancer and the cascade flag.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken);

    /// <summary>Rebuilds a load balancer's data plane.</summary>
    /// <param name="request">The load balancer with its graph.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    /// <exception cref="NotImplementedByDriverException">The driver has no failover (no <see cref="ProviderFeature.Failover"/>).</exception>
    Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a listener.</summary>
    /// <param name="request">The listener.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to a listener.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a listener.</summary>
    /// <param name="request">The listener.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a pool.</summary>
    /// <param name="request">The pool.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to a pool.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a pool with its members and health monitor.</summary>
    /// <param name="request">The pool.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a member.</summary>
    /// <param name="request">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to a member.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a member.</summary>
    /// <param name="request">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken);

    /// <summary>Makes a pool's members equal to a desired set: creates, updates and deletes in one unit of work.</summary>
    /// <param name="request">The pool and the desired members.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a health monitor.</summary>
    /// <param name="request">The health monitor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to a health monitor.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a health monitor.</summary>
    /// <param name="request">The health monitor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken);

    /// <summary>Adds an L7 policy.</summary>
    /// <param name="request">The policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to an L7 policy.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken);

    /// <summary>Removes an L7 policy with its rules.</summary>
    /// <param name="request">The policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken);

    /// <summary>Adds an L7 rule.</summary>
    /// <param name="request">The rule.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a change to an L7 rule.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken);

    /// <summary>Removes an L7 rule.</summary>
    /// <param name="request">The rule.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken);

    /// <summary>Lists the flavor metadata keys the driver understands.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys with descriptions.</returns>
    Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken);

    /// <summary>Checks flavor metadata; called on profile create and update and on each load balancer create.</summary>
    /// <param name="request">The metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the metadata is valid.</returns>
    /// <exception cref="UnsupportedOptionException">A key or value is not supported.</exception>
    Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken);

    /// <summary>Lists the availability-zone metadata keys the driver understands.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys with descriptions.</returns>
    Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken);

    /// <summary>Checks availability-zone metadata; called on profile create and update and on each load balancer create.</summary>
    /// <param name="request">The metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the metadata is valid.</returns>
    /// <exception cref="UnsupportedOptionException">A key or value is not supported.</exception>
    Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken);
}
