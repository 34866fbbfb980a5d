namespace Lbaas.Host.Persistence;

/// <summary>Names the operating statuses as Octavia stores and renders them.</summary>
public static class OperatingStatuses
{
    public const string Online = "ONLINE";
    public const string Offline = "OFFLINE";
    public const string Degraded = "DEGRADED";
    public const string Error = "ERROR";
    public const string Draining = "DRAINING";
    public const string NoMonitor = "NO_MONITOR";
}
