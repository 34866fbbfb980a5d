using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.Amphorae;

/// <summary>Describes amphorae as the admin API renders, filters and sorts them.</summary>
internal static class AmphoraSchemas
{
    public static ResourceSchema<Amphora> Amphora { get; } = new("amphora", "amphorae", "amphorae_links",
    [
        new("id", a => a.Id),
        new("loadbalancer_id", a => a.LoadBalancerId),
        new("compute_id", a => a.ComputeId),
        new("lb_network_ip", a => a.LbNetworkIp?.ToString()),
        new("vrrp_ip", a => a.VrrpIp?.ToString()),
        new("ha_ip", a => a.HaIp?.ToString()),
        new("vrrp_port_id", a => a.VrrpPortId),
        new("ha_port_id", a => a.HaPortId),
        new("cert_expiration", a => a.CertExpiration?.UtcDateTime),
        new("cert_busy", a => a.CertBusy),
        new("role", a => a.Role),
        new("status", a => a.Status),
        new("vrrp_interface", a => a.VrrpInterface),
        new("vrrp_id", a => a.VrrpId),
        new("vrrp_priority", a => a.VrrpPriority),
        new("cached_zone", a => a.CachedZone),
        new("created_at", a => a.CreatedAt?.UtcDateTime),
        new("updated_at", a => a.UpdatedAt?.UtcDateTime),
        new("image_id", a => a.ImageId),
        new("compute_flavor", a => a.ComputeFlavor),
    ]);
}
