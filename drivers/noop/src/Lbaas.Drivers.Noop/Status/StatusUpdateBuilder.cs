using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Status;

/// <summary>Collects the statuses one operation reports: the objects it changed and the parents the host put in PENDING.</summary>
/// <remarks>The last entry for an object wins. Not thread-safe: one builder per operation.</remarks>
internal sealed class StatusUpdateBuilder
{
    private readonly Dictionary<(StatusObjectKind Kind, Guid Id), Entry> _entries = [];

    /// <summary>Records an object the operation created or changed, ACTIVE with the given operating status.</summary>
    public void Active(StatusObjectKind kind, Guid id, OperatingStatus operating) =>
        _entries[(kind, id)] = new Entry(ProvisioningStatus.Active, operating, IsParent: false);

    /// <summary>Records an object the operation removed.</summary>
    public void Deleted(StatusObjectKind kind, Guid id) =>
        _entries[(kind, id)] = new Entry(ProvisioningStatus.Deleted, null, IsParent: false);

    /// <summary>Records a parent the host put in PENDING_UPDATE, unless the operation already recorded it as an object.</summary>
    public void Parent(StatusObjectKind kind, Guid id, OperatingStatus operating) =>
        _entries.TryAdd((kind, id), new Entry(ProvisioningStatus.Active, operating, IsParent: true));

    /// <summary>Builds the update as the operation succeeded.</summary>
    public StatusUpdate Build() => Build(failed: false);

    /// <summary>Builds the update as the operation failed: objects ERROR, parents ACTIVE.</summary>
    public StatusUpdate BuildFailed() => Build(failed: true);

    private StatusUpdate Build(bool failed)
    {
        List<StatusEntry> Of(StatusObjectKind kind) =>
        [
            .. _entries.Where(e => e.Key.Kind == kind)
                .Select(e => failed && !e.Value.IsParent
                    ? new StatusEntry(e.Key.Id, ProvisioningStatus.Error, OperatingStatus.Error)
                    : new StatusEntry(e.Key.Id, e.Value.Provisioning, e.Value.Operating)),
        ];

        return new StatusUpdate
        {
            LoadBalancers = Of(StatusObjectKind.LoadBalancer),
            Listeners = Of(StatusObjectKind.Listener),
            Pools = Of(StatusObjectKind.Pool),
            Members = Of(StatusObjectKind.Member),
            HealthMonitors = Of(StatusObjectKind.HealthMonitor),
            L7Policies = Of(StatusObjectKind.L7Policy),
            L7Rules = Of(StatusObjectKind.L7Rule),
        };
    }

    private sealed record Entry(ProvisioningStatus Provisioning, OperatingStatus? Operating, bool IsParent);
}
