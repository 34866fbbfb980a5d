using Grpc.Core;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Serves an <see cref="IDriverLib"/> (the host's) as the gRPC DriverLibService for out-of-process drivers.</summary>
/// <remarks>Refuses a caller of another contract major with FAILED_PRECONDITION, passes the call's token on, and
/// maps exceptions as <see cref="ProviderDriverGrpcService"/> does. Stateless and thread safe.</remarks>
public sealed class DriverLibGrpcService : P.DriverLibService.DriverLibServiceBase
{
    private readonly IDriverLib _driverLib;
    private readonly ServerCallHandler _calls;

    /// <summary>Initializes the service over a driver library.</summary>
    /// <param name="driverLib">The library to serve.</param>
    /// <param name="logger">Receives refusals and unexpected failures; <see langword="null"/> logs nothing.</param>
    public DriverLibGrpcService(IDriverLib driverLib, ILogger<DriverLibGrpcService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(driverLib);
        _driverLib = driverLib;
        _calls = new ServerCallHandler(logger ?? (ILogger)NullLogger.Instance, "DriverLibService");
    }

    /// <summary>Serves UpdateStatus by calling <see cref="IDriverLib.UpdateStatusAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateStatusResponse> UpdateStatus(P.UpdateStatusRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateStatus), () => WireFormat.Required(request.Status, "status").ToContract(), async (r, ct) =>
        {
            await _driverLib.UpdateStatusAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateStatusResponse();
        });

    /// <summary>Serves UpdateListenerStatistics by calling <see cref="IDriverLib.UpdateListenerStatisticsAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateListenerStatisticsResponse> UpdateListenerStatistics(
        P.UpdateListenerStatisticsRequest request, ServerCallContext context) =>
        _calls.HandleAsync(
            context,
            nameof(UpdateListenerStatistics),
            () => (IReadOnlyList<ListenerStatistics>)request.Statistics.Select(s => s.ToContract()).ToArray(),
            async (r, ct) =>
            {
                await _driverLib.UpdateListenerStatisticsAsync(r, ct).ConfigureAwait(false);
                return new P.UpdateListenerStatisticsResponse();
            });

    /// <summary>Serves GetLoadBalancer by calling <see cref="IDriverLib.GetLoadBalancerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetLoadBalancerResponse> GetLoadBalancer(P.GetLoadBalancerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetLoadBalancer), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetLoadBalancerResponse { LoadBalancer = (await _driverLib.GetLoadBalancerAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetListener by calling <see cref="IDriverLib.GetListenerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetListenerResponse> GetListener(P.GetListenerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetListener), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetListenerResponse { Listener = (await _driverLib.GetListenerAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetPool by calling <see cref="IDriverLib.GetPoolAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetPoolResponse> GetPool(P.GetPoolRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetPool), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetPoolResponse { Pool = (await _driverLib.GetPoolAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetMember by calling <see cref="IDriverLib.GetMemberAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetMemberResponse> GetMember(P.GetMemberRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetMember), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetMemberResponse { Member = (await _driverLib.GetMemberAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetHealthMonitor by calling <see cref="IDriverLib.GetHealthMonitorAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetHealthMonitorResponse> GetHealthMonitor(P.GetHealthMonitorRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetHealthMonitor), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetHealthMonitorResponse { HealthMonitor = (await _driverLib.GetHealthMonitorAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetL7Policy by calling <see cref="IDriverLib.GetL7PolicyAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetL7PolicyResponse> GetL7Policy(P.GetL7PolicyRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetL7Policy), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetL7PolicyResponse { L7Policy = (await _driverLib.GetL7PolicyAsync(id, ct).ConfigureAwait(false))?.ToProto() });

    /// <summary>Serves GetL7Rule by calling <see cref="IDriverLib.GetL7RuleAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed on.</param>
    /// <returns>The wire response; its object is absent when not found.</returns>
    public override Task<P.GetL7RuleResponse> GetL7Rule(P.GetL7RuleRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetL7Rule), () => WireFormat.ToId(request.Id, "id"), async (id, ct) =>
            new P.GetL7RuleResponse { L7Rule = (await _driverLib.GetL7RuleAsync(id, ct).ConfigureAwait(false))?.ToProto() });
}
