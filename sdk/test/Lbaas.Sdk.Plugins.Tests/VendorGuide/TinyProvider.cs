using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Lbaas.Tiny;

public sealed class TinyProviderPlugin : IProviderPlugin
{
    public string Name => "tiny";
    public string Description => "Accepts HTTP and TCP load balancers and reports them ACTIVE at once.";
    public int ContractMajor => ProviderContract.Major;
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IProviderDriver, TinyDriver>();
}

public sealed class TinyDriver(IDriverLib lib) : IProviderDriver
{
    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken ct) => Task.FromResult(new Capabilities
    {
        ListenerProtocols = [Protocol.Http, Protocol.Tcp],
        PoolProtocols = [Protocol.Http, Protocol.Tcp],
        Algorithms = [LoadBalancingAlgorithm.RoundRobin],
    });

    // Not implemented: the host allocates the VIP itself. No L7, monitors or failover are declared, so none arrive.
    public Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();

    public Task CreateLoadBalancerAsync(CreateLoadBalancerRequest r, CancellationToken ct) => lib.UpdateStatusAsync(new()
    {
        LoadBalancers = [Active(r.LoadBalancer.Id)],
        Listeners = [.. r.LoadBalancer.Listeners.Select(l => Active(l.Id))],
        Pools = [.. r.LoadBalancer.Pools.Select(p => Active(p.Id))],
        Members = [.. r.LoadBalancer.Pools.SelectMany(p => p.Members).Select(m => Active(m.Id))],
    }, ct);
    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest r, CancellationToken ct) => lib.UpdateStatusAsync(new() { LoadBalancers = [Active(r.Current.Id)] }, ct);
    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest r, CancellationToken ct) => lib.UpdateStatusAsync(new()
    {
        LoadBalancers = [Deleted(r.LoadBalancer.Id)],
        Listeners = [.. r.LoadBalancer.Listeners.Select(l => Deleted(l.Id))],
        Pools = [.. r.LoadBalancer.Pools.Select(p => Deleted(p.Id))],
        Members = [.. r.LoadBalancer.Pools.SelectMany(p => p.Members).Select(m => Deleted(m.Id))],
    }, ct);

    public Task CreateListenerAsync(CreateListenerRequest r, CancellationToken ct) => ListenerAsync(r.Listener, Active(r.Listener.Id), ct);
    public Task UpdateListenerAsync(UpdateListenerRequest r, CancellationToken ct) => ListenerAsync(r.Current, Active(r.Current.Id), ct);
    public Task DeleteListenerAsync(DeleteListenerRequest r, CancellationToken ct) => ListenerAsync(r.Listener, Deleted(r.Listener.Id), ct);
    public Task CreatePoolAsync(CreatePoolRequest r, CancellationToken ct) => PoolAsync(r.Pool, Active(r.Pool.Id), [], ct);
    public Task UpdatePoolAsync(UpdatePoolRequest r, CancellationToken ct) => PoolAsync(r.Current, Active(r.Current.Id), [], ct);
    public Task DeletePoolAsync(DeletePoolRequest r, CancellationToken ct) => PoolAsync(r.Pool, Deleted(r.Pool.Id), [.. r.Pool.Members.Select(m => Deleted(m.Id))], ct);
    public Task CreateMemberAsync(CreateMemberRequest r, CancellationToken ct) => MembersAsync(r.Member.PoolId, [Active(r.Member.Id)], ct);
    public Task UpdateMemberAsync(UpdateMemberRequest r, CancellationToken ct) => MembersAsync(r.Current.PoolId, [Active(r.Current.Id)], ct);
    public Task DeleteMemberAsync(DeleteMemberRequest r, CancellationToken ct) => MembersAsync(r.Member.PoolId, [Deleted(r.Member.Id)], ct);
    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest r, CancellationToken ct) => MembersAsync(r.Pool.Id,
        [.. r.Members.Select(m => Active(m.Id)), .. r.Pool.Members.Where(old => r.Members.All(m => m.Id != old.Id)).Select(m => Deleted(m.Id))], ct);

    public Task CreateHealthMonitorAsync(CreateHealthMonitorRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task CreateL7PolicyAsync(CreateL7PolicyRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task UpdateL7PolicyAsync(UpdateL7PolicyRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task DeleteL7PolicyAsync(DeleteL7PolicyRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task CreateL7RuleAsync(CreateL7RuleRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task UpdateL7RuleAsync(UpdateL7RuleRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();
    public Task DeleteL7RuleAsync(DeleteL7RuleRequest r, CancellationToken ct) => throw new NotImplementedByDriverException();

    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<MetadataKey>>([]);
    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<MetadataKey>>([]);
    public Task ValidateFlavorAsync(ValidateMetadataRequest r, CancellationToken ct) => NoKeys(r);
    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest r, CancellationToken ct) => NoKeys(r);

    private static StatusEntry Active(Guid id) => new(id, ProvisioningStatus.Active, OperatingStatus.Online);
    private static StatusEntry Deleted(Guid id) => new(id, ProvisioningStatus.Deleted);
    private static Task NoKeys(ValidateMetadataRequest r) => r.Metadata.Count == 0 ? Task.CompletedTask
        : throw new UnsupportedOptionException($"Provider 'tiny' has no metadata keys; remove {string.Join(", ", r.Metadata.Keys)}.");

    // The object, then every parent the host put in PENDING_UPDATE, back to ACTIVE.
    private Task ListenerAsync(Listener l, StatusEntry self, CancellationToken ct) =>
        lib.UpdateStatusAsync(new() { Listeners = [self], LoadBalancers = [Active(l.LoadBalancerId)] }, ct);
    private Task PoolAsync(Pool p, StatusEntry self, IReadOnlyList<StatusEntry> members, CancellationToken ct) => lib.UpdateStatusAsync(new()
    {
        Pools = [self],
        Members = members,
        Listeners = p.ListenerId is { } l ? [Active(l)] : [],
        LoadBalancers = [Active(p.LoadBalancerId)],
    }, ct);
    private async Task MembersAsync(Guid poolId, IReadOnlyList<StatusEntry> members, CancellationToken ct)
    {
        var pool = await lib.GetPoolAsync(poolId, ct) ?? throw new DriverException($"Pool {poolId} no longer exists.");
        await PoolAsync(pool, Active(pool.Id), members, ct);
    }
}
