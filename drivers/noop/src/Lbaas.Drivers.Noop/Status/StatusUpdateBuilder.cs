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
    public StatusUpdate Build() => Compose(Entries(failed: false));

    /// <summary>Builds the update as the operation failed: objects ERROR, parents ACTIVE.</summary>
    public StatusUpdate BuildFailed() => Compose(Entries(failed: true));

    /// <summary>Lists the entries as the operation succeeded or, with <paramref name="failed"/>, failed.</summary>
    public IEnumerable<(StatusObjectKind Kind, StatusEntry Entry)> Entries(bool failed) =>
        _entries.Select(e => (e.Key.Kind, failed && !e.Value.IsParent
            ? new StatusEntry(e.Key.Id, ProvisioningStatus.Error, OperatingStatus.Error)
            : new StatusEntry(e.Key.Id, e.Value.Provisioning, e.Value.Operating)));

    /// <summary>Sorts entries into a status update by kind.</summary>
    public static StatusUpdate Compose(IEnumerable<(StatusObjectKind Kind, StatusEntry Entry)> entries)
    {
        var byKind = entries.ToLookup(e => e.Kind, e => e.Entry);
        return new StatusUpdate
        {
            LoadBalancers = [.. byKind[StatusObjectKind.LoadBalancer]],
            Listeners = [.. byKind[StatusObjectKind.Listener]],
            Pools = [.. byKind[StatusObjectKind.Pool]],
            Members = [.. byKind[StatusObjectKind.Member]],
            HealthMonitors = [.. byKind[StatusObjectKind.HealthMonitor]],
            L7Policies = [.. byKind[StatusObjectKind.L7Policy]],
            L7Rules = [.. byKind[StatusObjectKind.L7Rule]],
        };
    }

    private sealed record Entry(ProvisioningStatus Provisioning, OperatingStatus? Operating, bool IsParent);
}
