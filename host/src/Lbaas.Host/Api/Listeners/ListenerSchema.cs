namespace Lbaas.Host.Api.Listeners;

/// <summary>Describes the listener resource as Octavia renders it.</summary>
public static class ListenerSchema
{
    public static ResourceSchema<ListenerView> Instance { get; } = new("listener", "listeners", "listeners_links",
    [
        new("id", v => v.Entity.Id),
        new("name", v => v.Entity.Name ?? ""),
        new("description", v => v.Entity.Description ?? ""),
        new("provisioning_status", v => v.Entity.ProvisioningStatus),
        new("operating_status", v => v.Entity.OperatingStatus),
        new("admin_state_up", v => v.Entity.AdminStateUp),
        new("protocol", v => v.Entity.Protocol),
        new("protocol_port", v => v.Entity.ProtocolPort),
        new("connection_limit", v => v.Entity.ConnectionLimit),
        new("default_tls_container_ref", v => v.Entity.DefaultTlsContainerRef),
        new("sni_container_refs", v => v.Entity.SniContainerRefs),
        new("project_id", v => v.Entity.ProjectId),
        new("default_pool_id", v => v.Entity.DefaultPoolId),
        new("l7policies", v => v.Index.PoliciesOf(v.Entity.Id)),
        new("insert_headers", v => (IReadOnlyDictionary<string, string>)v.Entity.InsertHeaders),
        new("created_at", v => v.Entity.CreatedAt),
        new("updated_at", v => v.Entity.UpdatedAt),
        new("loadbalancers", v => new IdRefs([v.Entity.LoadBalancerId])),
        new("timeout_client_data", v => v.Entity.TimeoutClientData),
        new("timeout_member_connect", v => v.Entity.TimeoutMemberConnect),
        new("timeout_member_data", v => v.Entity.TimeoutMemberData),
        new("timeout_tcp_inspect", v => v.Entity.TimeoutTcpInspect),
        new("tags", v => v.Entity.Tags),
        new("client_ca_tls_container_ref", v => v.Entity.ClientCaTlsContainerRef),
        new("client_authentication", v => v.Entity.ClientAuthentication),
        new("client_crl_container_ref", v => v.Entity.ClientCrlContainerRef),
        new("allowed_cidrs", v => v.Entity.AllowedCidrs.Count == 0 ? null : v.Entity.AllowedCidrs),
        new("tls_ciphers", v => v.Entity.TlsCiphers),
        new("tls_versions", v => v.Entity.TlsVersions.Count == 0 ? null : v.Entity.TlsVersions),
        new("alpn_protocols", v => v.Entity.AlpnProtocols.Count == 0 ? null : v.Entity.AlpnProtocols),
        new("tenant_id", v => v.Entity.ProjectId),
        new("loadbalancer_id", v => v.Entity.LoadBalancerId, Rendered: false),
    ]);
}
