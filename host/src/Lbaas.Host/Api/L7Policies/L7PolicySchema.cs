namespace Lbaas.Host.Api.L7Policies;

/// <summary>Describes the L7 policy resource as Octavia renders it.</summary>
public static class L7PolicySchema
{
    public static ResourceSchema<L7PolicyView> Instance { get; } = new("l7policy", "l7policies", "l7policies_links",
    [
        new("id", v => v.Entity.Id),
        new("name", v => v.Entity.Name ?? ""),
        new("description", v => v.Entity.Description ?? ""),
        new("provisioning_status", v => v.Entity.ProvisioningStatus),
        new("operating_status", v => v.Entity.OperatingStatus),
        new("admin_state_up", v => v.Entity.AdminStateUp),
        new("project_id", v => v.Entity.ProjectId),
        new("action", v => v.Entity.Action),
        new("listener_id", v => v.Entity.ListenerId),
        new("redirect_pool_id", v => v.Entity.RedirectPoolId),
        new("redirect_url", v => v.Entity.RedirectUrl),
        new("redirect_prefix", v => v.Entity.RedirectPrefix),
        new("position", v => v.Entity.Position),
        new("rules", v => v.Index.RulesOf(v.Entity.Id)),
        new("created_at", v => v.Entity.CreatedAt),
        new("updated_at", v => v.Entity.UpdatedAt),
        new("tags", v => v.Entity.Tags),
        new("redirect_http_code", v => v.Entity.RedirectHttpCode),
        new("tenant_id", v => v.Entity.ProjectId),
    ]);
}
