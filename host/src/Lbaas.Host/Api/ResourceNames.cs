namespace Lbaas.Host.Api;

/// <summary>Names the resources as Octavia spells them in fault strings.</summary>
public static class ResourceNames
{
    public const string LoadBalancer = "Load Balancer";
    public const string Listener = "Listener";
    public const string Pool = "Pool";
    public const string Member = "Member";
    public const string HealthMonitor = "Health Monitor";
    public const string L7Policy = "L7 Policy";
    public const string L7Rule = "L7 Rule";
}
