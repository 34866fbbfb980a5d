using Grpc.Core;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Serves any <see cref="IProviderDriver"/> (and its <see cref="IAmphoraAdministration"/> and
/// <see cref="IStatusQuery"/>, if implemented) as the gRPC ProviderDriverService.</summary>
/// <remarks>
/// Map it with <c>app.MapGrpcService&lt;ProviderDriverGrpcService&gt;()</c> after registering an
/// <see cref="IProviderDriver"/> in DI. A caller announcing another contract major, in its header or its handshake, is
/// refused with FAILED_PRECONDITION. The call's token is passed to the driver. Contract exceptions become statuses
/// with an error trailer that <see cref="GrpcProviderDriver"/> turns back into the same exception; any other exception
/// becomes a <see cref="DriverException"/> with the generic user message. Stateless and thread safe.
/// </remarks>
public sealed class ProviderDriverGrpcService : P.ProviderDriverService.ProviderDriverServiceBase
{
    private readonly IProviderDriver _driver;
    private readonly ServerCallHandler _calls;

    /// <summary>Initializes the service over a driver.</summary>
    /// <param name="driver">The driver to serve.</param>
    /// <param name="logger">Receives refusals and unexpected failures; <see langword="null"/> logs nothing.</param>
    public ProviderDriverGrpcService(IProviderDriver driver, ILogger<ProviderDriverGrpcService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _calls = new ServerCallHandler(logger ?? (ILogger)NullLogger.Instance, "ProviderDriverService");
    }

    /// <summary>Answers the handshake with this side's contract version, refusing another major.</summary>
    /// <param name="request">The caller's version.</param>
    /// <param name="context">The call context.</param>
    /// <returns>This side's version.</returns>
    public override Task<P.HandshakeResponse> Handshake(P.HandshakeRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _calls.HandleAsync(
            context,
            nameof(Handshake),
            () => WireFormat.Required(request.ClientVersion, "client_version").ToContract(),
            (caller, _) =>
            {
                _calls.RefuseOtherMajor(caller);
                return Task.FromResult(new P.HandshakeResponse { ServerVersion = ContractVersion.Current.ToProto() });
            });
    }

    /// <summary>Serves GetCapabilities by calling <see cref="IProviderDriver.GetCapabilitiesAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.GetCapabilitiesResponse> GetCapabilities(P.GetCapabilitiesRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetCapabilities), () => request, async (_, ct) =>
            new P.GetCapabilitiesResponse
            {
                Capabilities = (await _driver.GetCapabilitiesAsync(ct).ConfigureAwait(false)).ToProto(),
            });

    /// <summary>Serves CreateVipPort by calling <see cref="IProviderDriver.CreateVipPortAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateVipPortResponse> CreateVipPort(P.CreateVipPortRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateVipPort), request.ToContract, async (r, ct) =>
            (await _driver.CreateVipPortAsync(r, ct).ConfigureAwait(false)).ToProto());

    /// <summary>Serves CreateLoadBalancer by calling <see cref="IProviderDriver.CreateLoadBalancerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateLoadBalancerResponse> CreateLoadBalancer(P.CreateLoadBalancerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateLoadBalancer), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateLoadBalancerAsync(r, ct).ConfigureAwait(false);
            return new P.CreateLoadBalancerResponse();
        });

    /// <summary>Serves UpdateLoadBalancer by calling <see cref="IProviderDriver.UpdateLoadBalancerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateLoadBalancerResponse> UpdateLoadBalancer(P.UpdateLoadBalancerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateLoadBalancer), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateLoadBalancerAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateLoadBalancerResponse();
        });

    /// <summary>Serves DeleteLoadBalancer by calling <see cref="IProviderDriver.DeleteLoadBalancerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteLoadBalancerResponse> DeleteLoadBalancer(P.DeleteLoadBalancerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteLoadBalancer), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteLoadBalancerAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteLoadBalancerResponse();
        });

    /// <summary>Serves FailoverLoadBalancer by calling <see cref="IProviderDriver.FailoverLoadBalancerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.FailoverLoadBalancerResponse> FailoverLoadBalancer(P.FailoverLoadBalancerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(FailoverLoadBalancer), request.ToContract, async (r, ct) =>
        {
            await _driver.FailoverLoadBalancerAsync(r, ct).ConfigureAwait(false);
            return new P.FailoverLoadBalancerResponse();
        });

    /// <summary>Serves CreateListener by calling <see cref="IProviderDriver.CreateListenerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateListenerResponse> CreateListener(P.CreateListenerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateListener), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateListenerAsync(r, ct).ConfigureAwait(false);
            return new P.CreateListenerResponse();
        });

    /// <summary>Serves UpdateListener by calling <see cref="IProviderDriver.UpdateListenerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateListenerResponse> UpdateListener(P.UpdateListenerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateListener), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateListenerAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateListenerResponse();
        });

    /// <summary>Serves DeleteListener by calling <see cref="IProviderDriver.DeleteListenerAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteListenerResponse> DeleteListener(P.DeleteListenerRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteListener), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteListenerAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteListenerResponse();
        });

    /// <summary>Serves CreatePool by calling <see cref="IProviderDriver.CreatePoolAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreatePoolResponse> CreatePool(P.CreatePoolRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreatePool), request.ToContract, async (r, ct) =>
        {
            await _driver.CreatePoolAsync(r, ct).ConfigureAwait(false);
            return new P.CreatePoolResponse();
        });

    /// <summary>Serves UpdatePool by calling <see cref="IProviderDriver.UpdatePoolAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdatePoolResponse> UpdatePool(P.UpdatePoolRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdatePool), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdatePoolAsync(r, ct).ConfigureAwait(false);
            return new P.UpdatePoolResponse();
        });

    /// <summary>Serves DeletePool by calling <see cref="IProviderDriver.DeletePoolAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeletePoolResponse> DeletePool(P.DeletePoolRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeletePool), request.ToContract, async (r, ct) =>
        {
            await _driver.DeletePoolAsync(r, ct).ConfigureAwait(false);
            return new P.DeletePoolResponse();
        });

    /// <summary>Serves CreateMember by calling <see cref="IProviderDriver.CreateMemberAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateMemberResponse> CreateMember(P.CreateMemberRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateMember), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateMemberAsync(r, ct).ConfigureAwait(false);
            return new P.CreateMemberResponse();
        });

    /// <summary>Serves UpdateMember by calling <see cref="IProviderDriver.UpdateMemberAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateMemberResponse> UpdateMember(P.UpdateMemberRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateMember), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateMemberAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateMemberResponse();
        });

    /// <summary>Serves DeleteMember by calling <see cref="IProviderDriver.DeleteMemberAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteMemberResponse> DeleteMember(P.DeleteMemberRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteMember), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteMemberAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteMemberResponse();
        });

    /// <summary>Serves BatchUpdateMembers by calling <see cref="IProviderDriver.BatchUpdateMembersAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.BatchUpdateMembersResponse> BatchUpdateMembers(P.BatchUpdateMembersRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(BatchUpdateMembers), request.ToContract, async (r, ct) =>
        {
            await _driver.BatchUpdateMembersAsync(r, ct).ConfigureAwait(false);
            return new P.BatchUpdateMembersResponse();
        });

    /// <summary>Serves CreateHealthMonitor by calling <see cref="IProviderDriver.CreateHealthMonitorAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateHealthMonitorResponse> CreateHealthMonitor(P.CreateHealthMonitorRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateHealthMonitor), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateHealthMonitorAsync(r, ct).ConfigureAwait(false);
            return new P.CreateHealthMonitorResponse();
        });

    /// <summary>Serves UpdateHealthMonitor by calling <see cref="IProviderDriver.UpdateHealthMonitorAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateHealthMonitorResponse> UpdateHealthMonitor(P.UpdateHealthMonitorRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateHealthMonitor), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateHealthMonitorAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateHealthMonitorResponse();
        });

    /// <summary>Serves DeleteHealthMonitor by calling <see cref="IProviderDriver.DeleteHealthMonitorAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteHealthMonitorResponse> DeleteHealthMonitor(P.DeleteHealthMonitorRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteHealthMonitor), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteHealthMonitorAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteHealthMonitorResponse();
        });

    /// <summary>Serves CreateL7Policy by calling <see cref="IProviderDriver.CreateL7PolicyAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateL7PolicyResponse> CreateL7Policy(P.CreateL7PolicyRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateL7Policy), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateL7PolicyAsync(r, ct).ConfigureAwait(false);
            return new P.CreateL7PolicyResponse();
        });

    /// <summary>Serves UpdateL7Policy by calling <see cref="IProviderDriver.UpdateL7PolicyAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateL7PolicyResponse> UpdateL7Policy(P.UpdateL7PolicyRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateL7Policy), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateL7PolicyAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateL7PolicyResponse();
        });

    /// <summary>Serves DeleteL7Policy by calling <see cref="IProviderDriver.DeleteL7PolicyAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteL7PolicyResponse> DeleteL7Policy(P.DeleteL7PolicyRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteL7Policy), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteL7PolicyAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteL7PolicyResponse();
        });

    /// <summary>Serves CreateL7Rule by calling <see cref="IProviderDriver.CreateL7RuleAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.CreateL7RuleResponse> CreateL7Rule(P.CreateL7RuleRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(CreateL7Rule), request.ToContract, async (r, ct) =>
        {
            await _driver.CreateL7RuleAsync(r, ct).ConfigureAwait(false);
            return new P.CreateL7RuleResponse();
        });

    /// <summary>Serves UpdateL7Rule by calling <see cref="IProviderDriver.UpdateL7RuleAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.UpdateL7RuleResponse> UpdateL7Rule(P.UpdateL7RuleRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(UpdateL7Rule), request.ToContract, async (r, ct) =>
        {
            await _driver.UpdateL7RuleAsync(r, ct).ConfigureAwait(false);
            return new P.UpdateL7RuleResponse();
        });

    /// <summary>Serves DeleteL7Rule by calling <see cref="IProviderDriver.DeleteL7RuleAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteL7RuleResponse> DeleteL7Rule(P.DeleteL7RuleRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteL7Rule), request.ToContract, async (r, ct) =>
        {
            await _driver.DeleteL7RuleAsync(r, ct).ConfigureAwait(false);
            return new P.DeleteL7RuleResponse();
        });

    /// <summary>Serves GetFlavorMetadataKeys by calling <see cref="IProviderDriver.GetFlavorMetadataKeysAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.GetFlavorMetadataKeysResponse> GetFlavorMetadataKeys(
        P.GetFlavorMetadataKeysRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetFlavorMetadataKeys), () => request, async (_, ct) =>
            new P.GetFlavorMetadataKeysResponse
            {
                Keys = { (await _driver.GetFlavorMetadataKeysAsync(ct).ConfigureAwait(false)).Select(k => k.ToProto()) },
            });

    /// <summary>Serves ValidateFlavor by calling <see cref="IProviderDriver.ValidateFlavorAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.ValidateFlavorResponse> ValidateFlavor(P.ValidateFlavorRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(ValidateFlavor), request.ToContract, async (r, ct) =>
        {
            await _driver.ValidateFlavorAsync(r, ct).ConfigureAwait(false);
            return new P.ValidateFlavorResponse();
        });

    /// <summary>Serves GetAvailabilityZoneMetadataKeys by calling
    /// <see cref="IProviderDriver.GetAvailabilityZoneMetadataKeysAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.GetAvailabilityZoneMetadataKeysResponse> GetAvailabilityZoneMetadataKeys(
        P.GetAvailabilityZoneMetadataKeysRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetAvailabilityZoneMetadataKeys), () => request, async (_, ct) =>
            new P.GetAvailabilityZoneMetadataKeysResponse
            {
                Keys = { (await _driver.GetAvailabilityZoneMetadataKeysAsync(ct).ConfigureAwait(false)).Select(k => k.ToProto()) },
            });

    /// <summary>Serves ValidateAvailabilityZone by calling <see cref="IProviderDriver.ValidateAvailabilityZoneAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.ValidateAvailabilityZoneResponse> ValidateAvailabilityZone(
        P.ValidateAvailabilityZoneRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(ValidateAvailabilityZone), request.ToContract, async (r, ct) =>
        {
            await _driver.ValidateAvailabilityZoneAsync(r, ct).ConfigureAwait(false);
            return new P.ValidateAvailabilityZoneResponse();
        });

    /// <summary>Serves ListAmphorae by calling <see cref="IAmphoraAdministration.ListAmphoraeAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.ListAmphoraeResponse> ListAmphorae(P.ListAmphoraeRequest request, ServerCallContext context) =>
        _calls.HandleAsync(
            context,
            nameof(ListAmphorae),
            () => WireFormat.ToNullableId(request.HasLoadBalancerId, request.LoadBalancerId, "load_balancer_id"),
            async (loadBalancerId, ct) => new P.ListAmphoraeResponse
            {
                Amphorae =
                {
                    (await Amphorae().ListAmphoraeAsync(loadBalancerId, ct).ConfigureAwait(false)).Select(a => a.ToProto()),
                },
            });

    /// <summary>Serves GetAmphora by calling <see cref="IAmphoraAdministration.GetAmphoraAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.GetAmphoraResponse> GetAmphora(P.GetAmphoraRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetAmphora), () => WireFormat.ToId(request.AmphoraId, "amphora_id"), async (id, ct) =>
            new P.GetAmphoraResponse
            {
                Amphora = (await Amphorae().GetAmphoraAsync(id, ct).ConfigureAwait(false))?.ToProto(),
            });

    /// <summary>Serves DeleteAmphora by calling <see cref="IAmphoraAdministration.DeleteAmphoraAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.DeleteAmphoraResponse> DeleteAmphora(P.DeleteAmphoraRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(DeleteAmphora), () => WireFormat.ToId(request.AmphoraId, "amphora_id"), async (id, ct) =>
        {
            await Amphorae().DeleteAmphoraAsync(id, ct).ConfigureAwait(false);
            return new P.DeleteAmphoraResponse();
        });

    /// <summary>Serves FailoverAmphora by calling <see cref="IAmphoraAdministration.FailoverAmphoraAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.FailoverAmphoraResponse> FailoverAmphora(P.FailoverAmphoraRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(FailoverAmphora), () => WireFormat.ToId(request.AmphoraId, "amphora_id"), async (id, ct) =>
        {
            await Amphorae().FailoverAmphoraAsync(id, ct).ConfigureAwait(false);
            return new P.FailoverAmphoraResponse();
        });

    /// <summary>Serves ConfigureAmphora by calling <see cref="IAmphoraAdministration.ConfigureAmphoraAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.ConfigureAmphoraResponse> ConfigureAmphora(P.ConfigureAmphoraRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(ConfigureAmphora), () => WireFormat.ToId(request.AmphoraId, "amphora_id"), async (id, ct) =>
        {
            await Amphorae().ConfigureAmphoraAsync(id, ct).ConfigureAwait(false);
            return new P.ConfigureAmphoraResponse();
        });

    /// <summary>Serves GetAmphoraStatistics by calling <see cref="IAmphoraAdministration.GetAmphoraStatisticsAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response.</returns>
    public override Task<P.GetAmphoraStatisticsResponse> GetAmphoraStatistics(
        P.GetAmphoraStatisticsRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetAmphoraStatistics), () => WireFormat.ToId(request.AmphoraId, "amphora_id"), async (id, ct) =>
            new P.GetAmphoraStatisticsResponse
            {
                Statistics = { (await Amphorae().GetAmphoraStatisticsAsync(id, ct).ConfigureAwait(false)).Select(s => s.ToProto()) },
            });

    /// <summary>Serves GetLoadBalancerStatus by calling <see cref="IStatusQuery.GetLoadBalancerStatusAsync"/>.</summary>
    /// <param name="request">The wire request.</param>
    /// <param name="context">The call context; its token is passed to the driver.</param>
    /// <returns>The wire response; without a status when the driver has no record of the load balancer.</returns>
    public override Task<P.GetLoadBalancerStatusResponse> GetLoadBalancerStatus(
        P.GetLoadBalancerStatusRequest request, ServerCallContext context) =>
        _calls.HandleAsync(context, nameof(GetLoadBalancerStatus), request.ToContract, async (r, ct) =>
            new P.GetLoadBalancerStatusResponse
            {
                Status = (await StatusQuery().GetLoadBalancerStatusAsync(r, ct).ConfigureAwait(false))?.ToProto(),
            });

    private IAmphoraAdministration Amphorae() =>
        _driver as IAmphoraAdministration
        ?? throw new NotImplementedByDriverException(
            userMessage: "This provider does not manage amphorae.",
            operatorMessage: $"Driver {_driver.GetType().FullName} does not implement {nameof(IAmphoraAdministration)}.");

    private IStatusQuery StatusQuery() =>
        _driver as IStatusQuery
        ?? throw new NotImplementedByDriverException(
            userMessage: "This provider does not answer status queries.",
            operatorMessage: $"Driver {_driver.GetType().FullName} does not implement {nameof(IStatusQuery)}.");
}
