namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a health monitor.</summary>
public sealed record DeleteHealthMonitorRequest
{
    /// <summary>Gets the health monitor as it is now.</summary>
    public required HealthMonitor HealthMonitor { get; init; }
}
