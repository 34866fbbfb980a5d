using System.ComponentModel.DataAnnotations;

namespace Lbaas.Host.Api.Quotas;

/// <summary>Configures default quotas (section <c>Lbaas:Quotas</c>, as Octavia's <c>[quotas] default_*_quota</c>); −1 is unlimited.</summary>
/// <remarks>
/// Quotas are enforced for every caller, admins included, and also in no-auth mode (every caller then acts for the
/// default project): with the defaults of −1 nothing is limited until an operator sets a default or a project quota.
/// </remarks>
public sealed class QuotaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Lbaas:Quotas";

    /// <summary>The largest quota Octavia accepts.</summary>
    public const int MaxQuota = 2000000000;

    [Range(-1, MaxQuota)]
    public int DefaultLoadBalancerQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultListenerQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultMemberQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultPoolQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultHealthMonitorQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultL7PolicyQuota { get; set; } = -1;

    [Range(-1, MaxQuota)]
    public int DefaultL7RuleQuota { get; set; } = -1;
}
