using Lbaas.Drivers.Noop.Faults;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop;

/// <summary>Answers the host's status query from the in-memory model.</summary>
public sealed partial class NoopProviderDriver
{
    /// <inheritdoc />
    /// <remarks>
    /// Each object the driver holds comes back with the status last decided for it, reported or not: ACTIVE, ERROR
    /// after <c>noop_report_error</c>, DELETED for children it removed. A load balancer it was never given, or has
    /// deleted, or forgot in a restart, is <see langword="null"/>: unlike a change, a query never rebuilds one from the
    /// host. Only <c>noop_unsupported</c> and <c>noop_fail</c> listing <c>get_load_balancer_status</c> affect it, and it
    /// does not count towards <c>noop_fail_on_call</c>.
    /// </remarks>
    /// <exception cref="DriverException">The flavor's <c>noop_fail</c> lists <c>get_load_balancer_status</c>.</exception>
    /// <exception cref="UnsupportedOptionException">The flavor's <c>noop_unsupported</c> lists it.</exception>
    public Task<StatusUpdate?> GetLoadBalancerStatusAsync(GetLoadBalancerStatusRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var loadBalancerId = request.LoadBalancerId;
        if (_model.Find(loadBalancerId) is not { } state)
        {
            Log.StatusQueryUnknown(_logger, loadBalancerId);
            return Task.FromResult<StatusUpdate?>(null);
        }

        ThrowIfRefused(NoopOperation.GetLoadBalancerStatus, loadBalancerId, state.Faults);
        return Task.FromResult<StatusUpdate?>(_model.Read(state, s => s.DescribeStatus()));
    }
}
