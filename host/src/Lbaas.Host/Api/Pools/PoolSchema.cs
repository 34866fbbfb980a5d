using System.Text.Json;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.Pools;

/// <summary>Describes the pool resource as Octavia renders it.</summary>
public static class PoolSchema
{
    public static ResourceSchema<PoolView> Instance { get; } = new("pool", "pools", "pools_links",
    [
        new("id", v => v.Entity.Id),
        new("name", v => v.Entity.Name ?? ""),
        new("description", v => v.Entity.Description ?? ""),
        new("provisioning_status", v => v.Entity.ProvisioningStatus),
        new("operating_status", v => v.Entity.OperatingStatus),
        new("admin_state_up", v => v.Entity.AdminStateUp),
        new("protocol", v => v.Entity.Protocol),
        new("lb_algorithm", v => v.Entity.LbAlgorithm),
        new("session_persistence", v => v.Entity.SessionPersistenceType is null ? null : new PersistenceValue(v.Entity)),
        new("project_id", v => v.Entity.ProjectId),
        new("loadbalancers", v => new IdRefs([v.Entity.LoadBalancerId])),
        new("listeners", v => v.Index.ListenersOf(v.Entity.Id)),
        new("created_at", v => v.Entity.CreatedAt),
        new("updated_at", v => v.Entity.UpdatedAt),
        new("healthmonitor_id", v => v.Index.MonitorOf(v.Entity.Id), OmitWhenNull: true),
        new("members", v => v.Index.MembersOf(v.Entity.Id)),
        new("tags", v => v.Entity.Tags),
        new("tls_container_ref", v => v.Entity.TlsContainerRef),
        new("ca_tls_container_ref", v => v.Entity.CaTlsContainerRef),
        new("crl_container_ref", v => v.Entity.CrlContainerRef),
        new("tls_enabled", v => v.Entity.TlsEnabled),
        new("tls_ciphers", v => v.Entity.TlsCiphers),
        new("tls_versions", v => v.Entity.TlsVersions.Count == 0 ? null : v.Entity.TlsVersions),
        new("alpn_protocols", v => v.Entity.AlpnProtocols.Count == 0 ? null : v.Entity.AlpnProtocols),
        new("tenant_id", v => v.Entity.ProjectId),
        new("loadbalancer_id", v => v.Entity.LoadBalancerId, Rendered: false),
    ]);

    private sealed record PersistenceValue(PoolEntity Pool) : IJsonValue
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("type", Pool.SessionPersistenceType);
            writer.WriteString("cookie_name", Pool.SessionPersistenceCookieName);
            if (Pool.SessionPersistenceTimeout is { } t)
            {
                writer.WriteNumber("persistence_timeout", t);
            }
            else
            {
                writer.WriteNull("persistence_timeout");
            }

            writer.WriteString("persistence_granularity", Pool.SessionPersistenceGranularity);
            writer.WriteEndObject();
        }
    }
}
