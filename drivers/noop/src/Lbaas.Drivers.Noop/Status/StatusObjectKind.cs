namespace Lbaas.Drivers.Noop.Status;

/// <summary>Names the kinds of object a status tree carries.</summary>
internal enum StatusObjectKind
{
    LoadBalancer,
    Listener,
    Pool,
    Member,
    HealthMonitor,
    L7Policy,
    L7Rule,
}
