using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.L7Rules;

/// <summary>Describes the L7 rule resource as Octavia renders it (envelope <c>rule</c>, no <c>l7policy_id</c>).</summary>
public static class L7RuleSchema
{
    public static ResourceSchema<L7RuleEntity> Instance { get; } = new("rule", "rules", "rules_links",
    [
        new("id", r => r.Id),
        new("type", r => r.Type),
        new("compare_type", r => r.CompareType),
        new("key", r => r.Key),
        new("value", r => r.Value),
        new("invert", r => r.Invert),
        new("provisioning_status", r => r.ProvisioningStatus),
        new("operating_status", r => r.OperatingStatus),
        new("created_at", r => r.CreatedAt),
        new("updated_at", r => r.UpdatedAt),
        new("project_id", r => r.ProjectId),
        new("admin_state_up", r => r.AdminStateUp),
        new("tags", r => r.Tags),
        new("tenant_id", r => r.ProjectId),
    ]);
}
