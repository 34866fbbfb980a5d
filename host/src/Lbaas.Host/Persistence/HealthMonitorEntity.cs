namespace Lbaas.Host.Persistence;

/// <summary>Stores a health monitor (at most one per pool).</summary>
public sealed class HealthMonitorEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public Guid PoolId { get; set; }

    public PoolEntity? Pool { get; set; }

    public string? Name { get; set; }

    public string Type { get; set; } = "";

    public int Delay { get; set; }

    public int Timeout { get; set; }

    public int MaxRetries { get; set; }

    public int MaxRetriesDown { get; set; } = 3;

    public string? HttpMethod { get; set; }

    public string? UrlPath { get; set; }

    public string? ExpectedCodes { get; set; }

    public double? HttpVersion { get; set; }

    public string? DomainName { get; set; }
}
