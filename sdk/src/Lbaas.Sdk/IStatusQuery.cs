namespace Lbaas.Sdk.V1;

/// <summary>Tells the host what the driver knows of a load balancer now; implemented by drivers that keep that state.</summary>
/// <remarks>
/// <para>
/// Optional (contract 1.1): a driver that implements it declares <see cref="ProviderFeature.StatusQuery"/>. The host's
/// watchdog asks it about a load balancer whose objects stayed PENDING past the deadline, for example because a report
/// was lost or the host restarted, and applies the answer as it applies a report through
/// <see cref="IDriverLib.UpdateStatusAsync"/>. Whatever the answer leaves PENDING then goes to ERROR. A driver that does
/// not implement it leaves those objects to go to ERROR directly; a remote driver without it answers UNIMPLEMENTED.
/// </para>
/// <para>
/// Read-only, idempotent and thread-safe: answering changes nothing, and the host may ask concurrently for different
/// load balancers.
/// </para>
/// </remarks>
public interface IStatusQuery
{
    /// <summary>Describes one load balancer and all its children as the driver sees them now.</summary>
    /// <param name="request">The load balancer asked about.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// Every object of the load balancer the driver knows, with its provisioning status (ACTIVE, ERROR, DELETED for an
    /// object it removed, or PENDING_* while it still works on it) and operating status; or <see langword="null"/> when
    /// the driver has no record of the load balancer.
    /// </returns>
    /// <exception cref="DriverException">The driver could not find out.</exception>
    Task<StatusUpdate?> GetLoadBalancerStatusAsync(GetLoadBalancerStatusRequest request, CancellationToken cancellationToken);
}
