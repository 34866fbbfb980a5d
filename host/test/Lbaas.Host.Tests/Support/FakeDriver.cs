using Lbaas.Sdk.V1;

namespace Lbaas.Host.Tests.Support;

/// <summary>Accepts every call and reports the touched objects and their parents ACTIVE through the host's driver library, or fails on demand.</summary>
/// <remarks>A fake at the contract boundary: it stands in for a provider, it never replaces a host class.</remarks>
public sealed class FakeDriver : IProviderDriver
{
    private readonly Func<IDriverLib> _lib;

    public FakeDriver(Func<IDriverLib> lib) => _lib = lib;

    /// <summary>Gets or sets the exception the next calls throw; <see langword="null"/> succeeds.</summary>
    public Func<Exception>? Failure { get; set; }

    /// <summary>Gets or sets a value indicating whether the driver stays silent (reports nothing).</summary>
    public bool Silent { get; set; }

    /// <summary>Gets or sets a value indicating whether reports arrive after the call returned.</summary>
    public bool ReportLater { get; set; }

    public bool VipNotImplemented { get; set; } = true;

    public List<object> Requests { get; } = [];

    private async Task RunAsync(object request, Func<Task<StatusUpdate>> report)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        if (Failure is { } f)
        {
            throw f();
        }

        if (Silent)
        {
            return;
        }

        if (ReportLater)
        {
            _ = Task.Run(async () =>
            {
                await Task.Yield();
                await _lib().UpdateStatusAsync(await report(), CancellationToken.None);
            });
            return;
        }

        await _lib().UpdateStatusAsync(await report(), CancellationToken.None);
    }

    private static StatusEntry Active(Guid id) => new(id, ProvisioningStatus.Active, OperatingStatus.Online);

    private static StatusEntry Deleted(Guid id) => new(id, ProvisioningStatus.Deleted);

    private async Task<(List<StatusEntry> Lbs, List<StatusEntry> Listeners)> PoolParentsAsync(Guid poolId)
    {
        var pool = await _lib().GetPoolAsync(poolId, CancellationToken.None);
        if (pool is null)
        {
            return ([], []);
        }

        var lb = await _lib().GetLoadBalancerAsync(pool.LoadBalancerId, CancellationToken.None);
        var listeners = lb?.Listeners.Where(l => l.DefaultPoolId == poolId || l.L7Policies.Any(p => p.RedirectPoolId == poolId))
            .Select(l => Active(l.Id)).ToList() ?? [];
        return ([Active(pool.LoadBalancerId)], listeners);
    }

    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) => Task.FromResult(new Capabilities());

    public Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken)
    {
        if (VipNotImplemented)
        {
            throw new NotImplementedByDriverException();
        }

        return Task.FromResult(new CreateVipPortResult
        {
            Vip = request.Vip with { Address = request.Vip.Address ?? System.Net.IPAddress.Parse("203.0.113.10"), PortId = Guid.NewGuid() },
        });
    }

    public Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () =>
        {
            var lb = request.LoadBalancer;
            var pools = lb.Pools.Concat(lb.Listeners.Select(l => l.DefaultPool).OfType<Pool>()).DistinctBy(p => p.Id).ToList();
            var policies = lb.Listeners.SelectMany(l => l.L7Policies).ToList();
            return Task.FromResult(new StatusUpdate
            {
                LoadBalancers = [Active(lb.Id)],
                Listeners = lb.Listeners.Select(l => Active(l.Id)).ToList(),
                Pools = pools.Select(p => Active(p.Id)).ToList(),
                Members = pools.SelectMany(p => p.Members).Select(m => Active(m.Id)).ToList(),
                HealthMonitors = pools.Select(p => p.HealthMonitor).OfType<HealthMonitor>().Select(h => Active(h.Id)).ToList(),
                L7Policies = policies.Select(p => Active(p.Id)).ToList(),
                L7Rules = policies.SelectMany(p => p.Rules).Select(r => Active(r.Id)).ToList(),
            });
        });

    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => Task.FromResult(new StatusUpdate { LoadBalancers = [Active(request.Current.Id)] }));

    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () =>
        {
            var lb = request.LoadBalancer;
            return Task.FromResult(new StatusUpdate
            {
                LoadBalancers = [Deleted(lb.Id)],
                Listeners = lb.Listeners.Select(l => Deleted(l.Id)).ToList(),
                Pools = lb.Pools.Select(p => Deleted(p.Id)).ToList(),
                Members = lb.Pools.SelectMany(p => p.Members).Select(m => Deleted(m.Id)).ToList(),
                HealthMonitors = lb.Pools.Select(p => p.HealthMonitor).OfType<HealthMonitor>().Select(h => Deleted(h.Id)).ToList(),
                L7Policies = lb.Listeners.SelectMany(l => l.L7Policies).Select(p => Deleted(p.Id)).ToList(),
                L7Rules = lb.Listeners.SelectMany(l => l.L7Policies).SelectMany(p => p.Rules).Select(r => Deleted(r.Id)).ToList(),
            });
        });

    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => Task.FromResult(new StatusUpdate { LoadBalancers = [Active(request.LoadBalancer.Id)] }));

    public Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => Task.FromResult(ListenerReport(request.Listener, Active(request.Listener.Id))));

    public Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => Task.FromResult(ListenerReport(request.Current, Active(request.Current.Id))));

    public Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => Task.FromResult(ListenerReport(request.Listener, Deleted(request.Listener.Id))));

    private static StatusUpdate ListenerReport(Listener l, StatusEntry self) =>
        new() { LoadBalancers = [Active(l.LoadBalancerId)], Listeners = [self] };

    public Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolReportAsync(request.Pool, Active(request.Pool.Id)));

    public Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolReportAsync(request.Current, Active(request.Current.Id)));

    public Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolReportAsync(request.Pool, Deleted(request.Pool.Id)));

    private async Task<StatusUpdate> PoolReportAsync(Pool pool, StatusEntry self)
    {
        var lb = await _lib().GetLoadBalancerAsync(pool.LoadBalancerId, CancellationToken.None);
        var listeners = lb?.Listeners.Where(l => l.DefaultPoolId == pool.Id || l.Id == pool.ListenerId).Select(l => Active(l.Id)).ToList() ?? [];
        return new StatusUpdate { LoadBalancers = [Active(pool.LoadBalancerId)], Listeners = listeners, Pools = [self] };
    }

    public Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.Member.PoolId, members: [Active(request.Member.Id)]));

    public Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.Current.PoolId, members: [Active(request.Current.Id)]));

    public Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.Member.PoolId, members: [Deleted(request.Member.Id)]));

    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, async () =>
        {
            var desired = request.Members.Select(m => m.Id).ToHashSet();
            var gone = request.Pool.Members.Where(m => !desired.Contains(m.Id)).Select(m => Deleted(m.Id));
            return await PoolChildReportAsync(request.Pool.Id, members: request.Members.Select(m => Active(m.Id)).Concat(gone).ToList());
        });

    public Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.HealthMonitor.PoolId, hms: [Active(request.HealthMonitor.Id)]));

    public Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.Current.PoolId, hms: [Active(request.Current.Id)]));

    public Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PoolChildReportAsync(request.HealthMonitor.PoolId, hms: [Deleted(request.HealthMonitor.Id)]));

    private async Task<StatusUpdate> PoolChildReportAsync(Guid poolId, List<StatusEntry>? members = null, List<StatusEntry>? hms = null)
    {
        var (lbs, listeners) = await PoolParentsAsync(poolId);
        return new StatusUpdate
        {
            LoadBalancers = lbs,
            Listeners = listeners,
            Pools = [Active(poolId)],
            Members = members ?? [],
            HealthMonitors = hms ?? [],
        };
    }

    public Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PolicyReportAsync(request.L7Policy.ListenerId, Active(request.L7Policy.Id)));

    public Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PolicyReportAsync(request.Current.ListenerId, Active(request.Current.Id)));

    public Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => PolicyReportAsync(request.L7Policy.ListenerId, Deleted(request.L7Policy.Id)));

    private async Task<StatusUpdate> PolicyReportAsync(Guid listenerId, StatusEntry policy, List<StatusEntry>? rules = null)
    {
        var listener = await _lib().GetListenerAsync(listenerId, CancellationToken.None);
        return new StatusUpdate
        {
            LoadBalancers = listener is null ? [] : [Active(listener.LoadBalancerId)],
            Listeners = [Active(listenerId)],
            L7Policies = [policy],
            L7Rules = rules ?? [],
        };
    }

    public Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => RuleReportAsync(request.L7Rule.L7PolicyId, Active(request.L7Rule.Id)));

    public Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => RuleReportAsync(request.Current.L7PolicyId, Active(request.Current.Id)));

    public Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, () => RuleReportAsync(request.L7Rule.L7PolicyId, Deleted(request.L7Rule.Id)));

    private async Task<StatusUpdate> RuleReportAsync(Guid policyId, StatusEntry rule)
    {
        var policy = await _lib().GetL7PolicyAsync(policyId, CancellationToken.None);
        return policy is null ? new StatusUpdate { L7Rules = [rule] } : await PolicyReportAsync(policy.ListenerId, Active(policyId), [rule]);
    }

    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MetadataKey>>([]);

    public Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MetadataKey>>([]);

    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
