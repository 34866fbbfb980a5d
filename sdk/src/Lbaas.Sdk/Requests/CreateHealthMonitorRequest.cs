namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add a health monitor to a pool.</summary>
public sealed record CreateHealthMonitorRequest
{
    /// <summary>Gets the health monitor.</summary>
    public required HealthMonitor HealthMonitor { get; init; }
}
