namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores one project's quota limits (<see langword="null"/> = the configured default) and usage.</summary>
public sealed class QuotaEntity
{
    public string ProjectId { get; set; } = "";

    public int? LoadBalancer { get; set; }

    public int? Listener { get; set; }

    public int? Pool { get; set; }

    public int? HealthMonitor { get; set; }

    public int? Member { get; set; }

    public int? L7Policy { get; set; }

    public int? L7Rule { get; set; }

    public int InUseLoadBalancer { get; set; }

    public int InUseListener { get; set; }

    public int InUsePool { get; set; }

    public int InUseHealthMonitor { get; set; }

    public int InUseMember { get; set; }

    public int InUseL7Policy { get; set; }

    public int InUseL7Rule { get; set; }
}
