using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Records what arrives through gRPC and answers with <see cref="CallRecorder.Behavior"/>.</summary>
public sealed class RecordingProviderDriver : CallRecorder, IProviderDriver, IAmphoraAdministration, IStatusQuery
{
    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) =>
        RecordAsync<Capabilities>("GetCapabilities", null, cancellationToken);

    public Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken) =>
        RecordAsync<CreateVipPortResult>("CreateVipPort", request, cancellationToken);

    public Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateLoadBalancer", request, cancellationToken);

    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateLoadBalancer", request, cancellationToken);

    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteLoadBalancer", request, cancellationToken);

    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("FailoverLoadBalancer", request, cancellationToken);

    public Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateListener", request, cancellationToken);

    public Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateListener", request, cancellationToken);

    public Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteListener", request, cancellationToken);

    public Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreatePool", request, cancellationToken);

    public Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdatePool", request, cancellationToken);

    public Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeletePool", request, cancellationToken);

    public Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateMember", request, cancellationToken);

    public Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateMember", request, cancellationToken);

    public Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteMember", request, cancellationToken);

    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken) =>
        RecordAsync("BatchUpdateMembers", request, cancellationToken);

    public Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateHealthMonitor", request, cancellationToken);

    public Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateHealthMonitor", request, cancellationToken);

    public Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteHealthMonitor", request, cancellationToken);

    public Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateL7Policy", request, cancellationToken);

    public Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateL7Policy", request, cancellationToken);

    public Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteL7Policy", request, cancellationToken);

    public Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken) =>
        RecordAsync("CreateL7Rule", request, cancellationToken);

    public Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken) =>
        RecordAsync("UpdateL7Rule", request, cancellationToken);

    public Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken) =>
        RecordAsync("DeleteL7Rule", request, cancellationToken);

    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken) =>
        RecordAsync<IReadOnlyList<MetadataKey>>("GetFlavorMetadataKeys", null, cancellationToken);

    public Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) =>
        RecordAsync("ValidateFlavor", request, cancellationToken);

    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken) =>
        RecordAsync<IReadOnlyList<MetadataKey>>("GetAvailabilityZoneMetadataKeys", null, cancellationToken);

    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) =>
        RecordAsync("ValidateAvailabilityZone", request, cancellationToken);

    public Task<IReadOnlyList<Amphora>> ListAmphoraeAsync(Guid? loadBalancerId, CancellationToken cancellationToken) =>
        RecordAsync<IReadOnlyList<Amphora>>("ListAmphorae", loadBalancerId, cancellationToken);

    public Task<Amphora?> GetAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        RecordAsync<Amphora?>("GetAmphora", amphoraId, cancellationToken);

    public Task DeleteAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        RecordAsync("DeleteAmphora", amphoraId, cancellationToken);

    public Task FailoverAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        RecordAsync("FailoverAmphora", amphoraId, cancellationToken);

    public Task ConfigureAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        RecordAsync("ConfigureAmphora", amphoraId, cancellationToken);

    public Task<IReadOnlyList<AmphoraStatistics>> GetAmphoraStatisticsAsync(Guid amphoraId, CancellationToken cancellationToken) =>
        RecordAsync<IReadOnlyList<AmphoraStatistics>>("GetAmphoraStatistics", amphoraId, cancellationToken);

    public Task<StatusUpdate?> GetLoadBalancerStatusAsync(GetLoadBalancerStatusRequest request, CancellationToken cancellationToken) =>
        RecordAsync<StatusUpdate?>("GetLoadBalancerStatus", request, cancellationToken);
}
