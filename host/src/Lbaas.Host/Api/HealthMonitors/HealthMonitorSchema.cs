using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.HealthMonitors;

/// <summary>Describes the health monitor resource as Octavia renders it.</summary>
public static class HealthMonitorSchema
{
    public static ResourceSchema<HealthMonitorEntity> Instance { get; } = new("healthmonitor", "healthmonitors", "healthmonitors_links",
    [
        new("id", h => h.Id),
        new("name", h => h.Name ?? ""),
        new("type", h => h.Type),
        new("delay", h => h.Delay),
        new("timeout", h => h.Timeout),
        new("max_retries", h => h.MaxRetries),
        new("max_retries_down", h => h.MaxRetriesDown),
        new("http_method", h => h.HttpMethod),
        new("url_path", h => h.UrlPath),
        new("expected_codes", h => h.ExpectedCodes),
        new("admin_state_up", h => h.AdminStateUp),
        new("project_id", h => h.ProjectId),
        new("pools", h => new IdRefs([h.PoolId])),
        new("provisioning_status", h => h.ProvisioningStatus),
        new("operating_status", h => h.OperatingStatus),
        new("created_at", h => h.CreatedAt),
        new("updated_at", h => h.UpdatedAt),
        new("tags", h => h.Tags),
        new("http_version", h => h.HttpVersion),
        new("domain_name", h => h.DomainName),
        new("tenant_id", h => h.ProjectId),
        new("pool_id", h => h.PoolId, Rendered: false),
    ]);
}
