using Lbaas.Sdk.V1;

namespace Lbaas.Host.Tests.Support;

/// <summary>Accepts every call and reports nothing, and answers the host's status queries with <see cref="Answer"/>.</summary>
/// <remarks>A fake at the contract boundary, for the watchdog's re-query: it stands in for a provider, never for a host class.</remarks>
public sealed class StatusQueryDriver : IProviderDriver, IStatusQuery
{
    /// <summary>Gets or sets the answer for a load balancer; <see langword="null"/> means no record.</summary>
    public Func<Guid, StatusUpdate?> Answer { get; set; } = _ => null;

    /// <summary>Gets or sets a value indicating whether the capabilities declare <see cref="ProviderFeature.StatusQuery"/>.</summary>
    public bool DeclaresStatusQuery { get; set; } = true;

    public Task<StatusUpdate?> GetLoadBalancerStatusAsync(GetLoadBalancerStatusRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(request.LoadBalancerId));

    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new Capabilities { Features = DeclaresStatusQuery ? [ProviderFeature.StatusQuery] : [] });

    public Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken) =>
        throw new NotImplementedByDriverException();

    public Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MetadataKey>>([]);

    public Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MetadataKey>>([]);

    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
