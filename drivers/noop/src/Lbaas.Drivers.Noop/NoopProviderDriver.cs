using Lbaas.Drivers.Noop.Faults;
using Lbaas.Drivers.Noop.Model;
using Lbaas.Drivers.Noop.Status;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lbaas.Drivers.Noop;

/// <summary>Carries out the whole load-balancer lifecycle with no data plane, and injects faults on request.</summary>
/// <remarks>
/// <para>
/// Every call checks the load balancer's fault plan (its flavor metadata, see <see cref="NoopMetadataKeys"/>), applies
/// the change to an in-memory model, and queues the status tree the host is owed: the touched objects ACTIVE (or
/// DELETED) and every parent the host put in PENDING_UPDATE back to ACTIVE. Reports go out on a background path after
/// <see cref="NoopOptions.ReportDelay"/> plus <c>noop_delay_ms</c>, in call order per load balancer.
/// </para>
/// <para>
/// Operating status: ONLINE for enabled objects, OFFLINE for disabled ones; members are ONLINE when an enabled health
/// monitor watches their pool and NO_MONITOR otherwise. Child operations on a load balancer the driver has not seen
/// (after a restart) rebuild it from <see cref="IDriverLib.GetLoadBalancerAsync"/>.
/// </para>
/// <para>
/// The status query (<see cref="IStatusQuery"/>) answers from the same model: each object with the status last
/// decided for it, whether or not the report went out (so a <c>noop_stuck</c> operation reads as done).
/// </para>
/// <para>Thread-safe; calls are idempotent. Strict after disposal: every call then throws <see cref="ObjectDisposedException"/>.</para>
/// </remarks>
public sealed partial class NoopProviderDriver : IProviderDriver, IAmphoraAdministration, IStatusQuery, IAsyncDisposable
{
    /// <summary>The provider name.</summary>
    public const string ProviderName = "noop";

    private const string VipDeviceOwner = "Octavia";

    private readonly IDriverLib _driverLib;
    private readonly INetworkClient _network;
    private readonly TimeProvider _time;
    private readonly NoopOptions _options;
    private readonly ILogger _logger;
    private readonly NoopModel _model = new();
    private readonly NoopStatusReporter _reporter;
    private bool _disposed;

    /// <summary>Initializes the driver.</summary>
    /// <param name="driverLib">Where statuses are reported and load balancers looked up.</param>
    /// <param name="network">Where VIP ports are created.</param>
    /// <param name="time">The clock for report delays.</param>
    /// <param name="options">The options.</param>
    /// <param name="logger">The logger.</param>
    public NoopProviderDriver(
        IDriverLib driverLib,
        INetworkClient network,
        TimeProvider time,
        IOptions<NoopOptions> options,
        ILogger<NoopProviderDriver> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _driverLib = driverLib;
        _network = network;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _reporter = new NoopStatusReporter(driverLib, time, logger);
    }

    /// <summary>Gets the IDs of every listener the driver knows, for statistics.</summary>
    internal IReadOnlyList<Guid> ListenerIds => _model.ListenerIds();

    /// <inheritdoc />
    public Task<Capabilities> GetCapabilitiesAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new Capabilities
        {
            ContractVersion = new ContractVersion(ProviderContract.Major, ProviderContract.Minor),
            ListenerProtocols = [Protocol.Http, Protocol.Https, Protocol.Tcp, Protocol.TerminatedHttps, Protocol.Udp, Protocol.Sctp, Protocol.Prometheus],
            PoolProtocols = [Protocol.Http, Protocol.Https, Protocol.Tcp, Protocol.Proxy, Protocol.ProxyV2, Protocol.Udp, Protocol.Sctp],
            Algorithms = Enum.GetValues<LoadBalancingAlgorithm>(),
            SessionPersistenceTypes = Enum.GetValues<SessionPersistenceType>(),
            HealthMonitorTypes = Enum.GetValues<HealthMonitorType>(),
            L7RuleTypes = Enum.GetValues<L7RuleType>(),
            Topologies = Enum.GetValues<Topology>(),
            Features = [.. ProviderFeature.All],
        });
    }

    /// <inheritdoc />
    public async Task<CreateVipPortResult> CreateVipPortAsync(CreateVipPortRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        var vip = request.Vip;
        Port port;
        bool created;
        if (vip.PortId is { } portId)
        {
            port = await _network.GetPortAsync(portId, cancellationToken)
                ?? throw new DriverException(
                    $"The VIP port {portId} does not exist.",
                    $"Provider 'noop' could not read VIP port {portId} for load balancer {request.LoadBalancerId}.");
            created = false;
        }
        else
        {
            var networkId = vip.NetworkId ?? await NetworkOfSubnetAsync(vip.SubnetId, request.LoadBalancerId, cancellationToken);
            port = await _network.CreatePortAsync(
                new CreatePortRequest
                {
                    NetworkId = networkId,
                    SubnetId = vip.SubnetId,
                    IpAddress = vip.Address,
                    Name = $"lb-{request.LoadBalancerId}",
                    ProjectId = request.ProjectId,
                    DeviceOwner = VipDeviceOwner,
                    DeviceId = request.LoadBalancerId.ToString(),
                    QosPolicyId = vip.QosPolicyId,
                },
                cancellationToken);
            created = true;
            Log.VipPortCreated(_logger, port.Id, request.LoadBalancerId);
        }

        var fixedIp = port.FixedIps.FirstOrDefault(ip => (vip.SubnetId is null || ip.SubnetId == vip.SubnetId)
                                                         && (vip.Address is null || ip.IpAddress.Equals(vip.Address)))
            ?? port.FixedIps.FirstOrDefault()
            ?? throw new DriverException(
                "The VIP port has no IP address.",
                $"Provider 'noop': VIP port {port.Id} of load balancer {request.LoadBalancerId} has no fixed IP.");

        var additional = new List<AdditionalVip>(request.AdditionalVips.Count);
        foreach (var extra in request.AdditionalVips)
        {
            var before = port.FixedIps.ToHashSet();
            port = await _network.AllocateAddressAsync(port.Id, extra.SubnetId, extra.Address, cancellationToken);
            var allocated = port.FixedIps.FirstOrDefault(ip => ip.SubnetId == extra.SubnetId && !before.Contains(ip))
                ?? port.FixedIps.FirstOrDefault(ip => ip.SubnetId == extra.SubnetId && (extra.Address is null || ip.IpAddress.Equals(extra.Address)))
                ?? throw new DriverException(
                    "An additional VIP could not be allocated.",
                    $"Provider 'noop': port {port.Id} got no address on subnet {extra.SubnetId}.");
            additional.Add(extra with { Address = allocated.IpAddress, NetworkId = port.NetworkId, PortId = port.Id });
        }

        return new CreateVipPortResult
        {
            Vip = vip with { Address = fixedIp.IpAddress, SubnetId = fixedIp.SubnetId, NetworkId = port.NetworkId, PortId = port.Id },
            AdditionalVips = additional,
            PortOwnedByHost = created,
        };
    }

    /// <inheritdoc />
    public async Task CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var graph = request.LoadBalancer;
        NoopFaultPlan.ValidateAvailabilityZone(graph.AvailabilityZoneMetadata);
        await ExecuteAsync(NoopOperation.CreateLoadBalancer, graph.Id, graph, (state, status) =>
        {
            state.AddGraph(graph, status);
            state.AllocateAmphorae(state.Faults.Topology, _time);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateLoadBalancerAsync(UpdateLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var updated = request.Apply();
        return ExecuteAsync(NoopOperation.UpdateLoadBalancer, updated.Id, request.Current,
            (state, status) => state.UpdateLoadBalancer(updated, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.LoadBalancer.Id;
        return ExecuteAsync(NoopOperation.DeleteLoadBalancer, id, request.LoadBalancer, (state, status) =>
        {
            // The host's graph may hold children the driver never saw (created before a restart): report them too.
            var known = new NoopLoadBalancerState(request.LoadBalancer, state.Faults);
            known.AddGraph(request.LoadBalancer, new StatusUpdateBuilder());
            known.DeleteAll(status);
            state.DeleteAll(status);
            _model.Remove(id);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task FailoverLoadBalancerAsync(FailoverLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ExecuteAsync(NoopOperation.FailoverLoadBalancer, request.LoadBalancer.Id, request.LoadBalancer,
            (state, status) => state.Failover(status, _time), cancellationToken);
    }

    /// <inheritdoc />
    public Task CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var listener = request.Listener;
        return ExecuteAsync(NoopOperation.CreateListener, listener.LoadBalancerId, null,
            (state, status) => state.AddListener(listener, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateListenerAsync(UpdateListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var listener = request.Apply();
        return ExecuteAsync(NoopOperation.UpdateListener, listener.LoadBalancerId, null,
            (state, status) => state.UpdateListener(listener, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var listener = request.Listener;
        return ExecuteAsync(NoopOperation.DeleteListener, listener.LoadBalancerId, null,
            (state, status) => state.DeleteListener(listener.Id, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task CreatePoolAsync(CreatePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = request.Pool;
        return ExecuteAsync(NoopOperation.CreatePool, pool.LoadBalancerId, null,
            (state, status) => state.AddPool(pool, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdatePoolAsync(UpdatePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = request.Apply();
        return ExecuteAsync(NoopOperation.UpdatePool, pool.LoadBalancerId, null,
            (state, status) => state.UpdatePool(pool, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task DeletePoolAsync(DeletePoolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = request.Pool;
        return ExecuteAsync(NoopOperation.DeletePool, pool.LoadBalancerId, null,
            (state, status) => state.DeletePool(pool.Id, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task CreateMemberAsync(CreateMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var member = request.Member;
        var loadBalancerId = await LoadBalancerOfPoolAsync(member.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.CreateMember, loadBalancerId, null,
            (state, status) => state.UpsertMember(member, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateMemberAsync(UpdateMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var member = request.Apply();
        var loadBalancerId = await LoadBalancerOfPoolAsync(member.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.UpdateMember, loadBalancerId, null,
            (state, status) => state.UpsertMember(member, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteMemberAsync(DeleteMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var member = request.Member;
        var loadBalancerId = await LoadBalancerOfPoolAsync(member.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.DeleteMember, loadBalancerId, null,
            (state, status) => state.DeleteMember(member.Id, member.PoolId, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task BatchUpdateMembersAsync(BatchUpdateMembersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = request.Pool;
        return ExecuteAsync(NoopOperation.BatchUpdateMembers, pool.LoadBalancerId, null,
            (state, status) => state.ReplaceMembers(pool, request.Members, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task CreateHealthMonitorAsync(CreateHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var monitor = request.HealthMonitor;
        var loadBalancerId = await LoadBalancerOfPoolAsync(monitor.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.CreateHealthMonitor, loadBalancerId, null,
            (state, status) => state.UpsertHealthMonitor(monitor, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateHealthMonitorAsync(UpdateHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var monitor = request.Apply();
        var loadBalancerId = await LoadBalancerOfPoolAsync(monitor.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.UpdateHealthMonitor, loadBalancerId, null,
            (state, status) => state.UpsertHealthMonitor(monitor, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteHealthMonitorAsync(DeleteHealthMonitorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var monitor = request.HealthMonitor;
        var loadBalancerId = await LoadBalancerOfPoolAsync(monitor.PoolId, cancellationToken);
        await ExecuteAsync(NoopOperation.DeleteHealthMonitor, loadBalancerId, null,
            (state, status) => state.DeleteHealthMonitor(monitor.Id, monitor.PoolId, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task CreateL7PolicyAsync(CreateL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = request.L7Policy;
        var loadBalancerId = await LoadBalancerOfListenerAsync(policy.ListenerId, cancellationToken);
        await ExecuteAsync(NoopOperation.CreateL7Policy, loadBalancerId, null,
            (state, status) => state.AddPolicy(policy, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateL7PolicyAsync(UpdateL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = request.Apply();
        var loadBalancerId = await LoadBalancerOfListenerAsync(policy.ListenerId, cancellationToken);
        await ExecuteAsync(NoopOperation.UpdateL7Policy, loadBalancerId, null,
            (state, status) => state.UpdatePolicy(policy, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteL7PolicyAsync(DeleteL7PolicyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = request.L7Policy;
        var loadBalancerId = await LoadBalancerOfListenerAsync(policy.ListenerId, cancellationToken);
        await ExecuteAsync(NoopOperation.DeleteL7Policy, loadBalancerId, null,
            (state, status) => state.DeletePolicy(policy.Id, policy.ListenerId, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task CreateL7RuleAsync(CreateL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = request.L7Rule;
        var loadBalancerId = await LoadBalancerOfPolicyAsync(rule.L7PolicyId, cancellationToken);
        await ExecuteAsync(NoopOperation.CreateL7Rule, loadBalancerId, null,
            (state, status) => state.UpsertRule(rule, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateL7RuleAsync(UpdateL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = request.Apply();
        var loadBalancerId = await LoadBalancerOfPolicyAsync(rule.L7PolicyId, cancellationToken);
        await ExecuteAsync(NoopOperation.UpdateL7Rule, loadBalancerId, null,
            (state, status) => state.UpsertRule(rule, status), cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteL7RuleAsync(DeleteL7RuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = request.L7Rule;
        var loadBalancerId = await LoadBalancerOfPolicyAsync(rule.L7PolicyId, cancellationToken);
        await ExecuteAsync(NoopOperation.DeleteL7Rule, loadBalancerId, null,
            (state, status) => state.DeleteRule(rule.Id, rule.L7PolicyId, status), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MetadataKey>> GetFlavorMetadataKeysAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(NoopMetadataKeys.FlavorKeys);
    }

    /// <inheritdoc />
    public Task ValidateFlavorAsync(ValidateMetadataRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _ = NoopFaultPlan.Parse(request.Metadata);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MetadataKey>> GetAvailabilityZoneMetadataKeysAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(NoopMetadataKeys.AvailabilityZoneKeys);
    }

    /// <inheritdoc />
    public Task ValidateAvailabilityZoneAsync(ValidateMetadataRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        NoopFaultPlan.ValidateAvailabilityZone(request.Metadata);
        return Task.CompletedTask;
    }

    /// <summary>Stops reporting; reports not sent yet are dropped.</summary>
    /// <returns>A task that completes when no report is in flight.</returns>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _reporter.DisposeAsync();
    }

    private async Task ExecuteAsync(
        NoopOperation operation,
        Guid loadBalancerId,
        LoadBalancer? graph,
        Action<NoopLoadBalancerState, StatusUpdateBuilder> apply,
        CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var state = await ResolveAsync(loadBalancerId, graph, operation == NoopOperation.CreateLoadBalancer, cancellationToken);
        var faults = state.Faults;
        var call = _model.Read(state, s => s.NextCall());
        var name = operation.WireName();

        // Faults that refuse the call fire before any side effect, as a real driver checks its flavor first.
        if (faults.FailOnCall == call)
        {
            Log.FaultInjected(_logger, NoopMetadataKeys.FailOnCall, name, loadBalancerId);
            throw new DriverException(
                $"Provider 'noop' failed {name} as the flavor asks (call {call}, {NoopMetadataKeys.FailOnCall}).",
                $"Injected fault: {NoopMetadataKeys.FailOnCall}={call} on load balancer {loadBalancerId}.");
        }

        ThrowIfRefused(operation, loadBalancerId, faults);
        var failed = faults.ReportError.Contains(operation);
        var status = new StatusUpdateBuilder();
        _model.Apply(state, s =>
        {
            apply(s, status);
            s.Remember(status.Entries(failed));
        });
        Log.OperationAccepted(_logger, name, loadBalancerId);

        if (faults.Stuck.Contains(operation))
        {
            Log.FaultInjected(_logger, NoopMetadataKeys.Stuck, name, loadBalancerId);
            return;
        }

        if (failed)
        {
            Log.FaultInjected(_logger, NoopMetadataKeys.ReportError, name, loadBalancerId);
        }

        _reporter.Enqueue(loadBalancerId, _options.ReportDelay + faults.Delay, failed ? status.BuildFailed() : status.Build());
    }

    // The faults that refuse a call, in the order they fire; callers check noop_fail_on_call first.
    private void ThrowIfRefused(NoopOperation operation, Guid loadBalancerId, NoopFaultPlan faults)
    {
        var name = operation.WireName();
        if (faults.Unsupported.Contains(operation))
        {
            Log.FaultInjected(_logger, NoopMetadataKeys.Unsupported, name, loadBalancerId);
            throw new UnsupportedOptionException(
                $"Provider 'noop' does not support {name} for this load balancer's flavor ({NoopMetadataKeys.Unsupported}).",
                $"Injected fault: {NoopMetadataKeys.Unsupported} lists {name} on load balancer {loadBalancerId}.");
        }

        if (faults.Fail.Contains(operation))
        {
            Log.FaultInjected(_logger, NoopMetadataKeys.Fail, name, loadBalancerId);
            throw new DriverException(
                $"Provider 'noop' failed {name} as the flavor asks ({NoopMetadataKeys.Fail}).",
                $"Injected fault: {NoopMetadataKeys.Fail} lists {name} on load balancer {loadBalancerId}.");
        }
    }

    private async Task<NoopLoadBalancerState> ResolveAsync(Guid loadBalancerId, LoadBalancer? graph, bool creating, CancellationToken cancellationToken)
    {
        if (_model.Find(loadBalancerId) is { } known)
        {
            return known;
        }

        if (graph is null)
        {
            graph = await _driverLib.GetLoadBalancerAsync(loadBalancerId, cancellationToken);
            if (graph is null)
            {
                Log.LoadBalancerUnknown(_logger, loadBalancerId);
                graph = new LoadBalancer { Id = loadBalancerId, ProjectId = string.Empty };
            }
            else
            {
                Log.LoadBalancerRebuilt(_logger, loadBalancerId);
            }
        }

        // Parse before adding: a create with bad metadata is refused before any side effect.
        var faults = NoopFaultPlan.Parse(graph.Flavor);
        return _model.GetOrAdd(loadBalancerId, () =>
        {
            var state = new NoopLoadBalancerState(graph, faults);
            if (!creating)
            {
                var adopted = new StatusUpdateBuilder();
                state.AddGraph(graph, adopted);
                state.Remember(adopted.Entries(failed: false));
                state.AllocateAmphorae(faults.Topology, _time);
            }

            return state;
        });
    }

    private async Task<Guid> NetworkOfSubnetAsync(Guid? subnetId, Guid loadBalancerId, CancellationToken cancellationToken)
    {
        if (subnetId is not { } id)
        {
            throw new DriverException(
                "The VIP needs a network, a subnet or a port.",
                $"Provider 'noop': load balancer {loadBalancerId} asked for a VIP with no network, subnet or port.");
        }

        var subnet = await _network.GetSubnetAsync(id, cancellationToken)
            ?? throw new DriverException(
                $"The VIP subnet {id} does not exist.",
                $"Provider 'noop' could not read subnet {id} for load balancer {loadBalancerId}.");
        return subnet.NetworkId;
    }

    private async Task<Guid> LoadBalancerOfPoolAsync(Guid poolId, CancellationToken cancellationToken)
    {
        if (_model.FindOwner(StatusObjectKind.Pool, poolId) is { } id)
        {
            return id;
        }

        var pool = await _driverLib.GetPoolAsync(poolId, cancellationToken);
        return pool?.LoadBalancerId ?? throw UnknownParent("pool", poolId);
    }

    private async Task<Guid> LoadBalancerOfListenerAsync(Guid listenerId, CancellationToken cancellationToken)
    {
        if (_model.FindOwner(StatusObjectKind.Listener, listenerId) is { } id)
        {
            return id;
        }

        var listener = await _driverLib.GetListenerAsync(listenerId, cancellationToken);
        return listener?.LoadBalancerId ?? throw UnknownParent("listener", listenerId);
    }

    private async Task<Guid> LoadBalancerOfPolicyAsync(Guid policyId, CancellationToken cancellationToken)
    {
        if (_model.FindOwner(StatusObjectKind.L7Policy, policyId) is { } id)
        {
            return id;
        }

        var policy = await _driverLib.GetL7PolicyAsync(policyId, cancellationToken)
            ?? throw UnknownParent("L7 policy", policyId);
        return await LoadBalancerOfListenerAsync(policy.ListenerId, cancellationToken);
    }

    private static DriverException UnknownParent(string kind, Guid id) => new(
        $"Provider 'noop' does not know the {kind} {id}.",
        $"Provider 'noop': {kind} {id} is neither in the driver's model nor known to the host's DriverLib.");

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
