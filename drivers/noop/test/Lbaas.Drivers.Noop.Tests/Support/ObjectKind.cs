namespace Lbaas.Drivers.Noop.Tests.Support;

/// <summary>Names the kinds of object a status tree carries.</summary>
public enum ObjectKind
{
    LoadBalancer,
    Listener,
    Pool,
    Member,
    HealthMonitor,
    L7Policy,
    L7Rule,
}
