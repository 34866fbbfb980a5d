using System.Text.Json;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Describes the load balancer resource as Octavia renders it.</summary>
public static class LoadBalancerSchema
{
    /// <summary>Gets the provider shown for rows without one.</summary>
    public static string FallbackProvider { get; set; } = "octavia";

    public static ResourceSchema<LoadBalancerView> Instance { get; } = new("loadbalancer", "loadbalancers", "loadbalancers_links",
    [
        new("id", v => v.Entity.Id),
        new("name", v => v.Entity.Name ?? ""),
        new("description", v => v.Entity.Description ?? ""),
        new("provisioning_status", v => v.Entity.ProvisioningStatus),
        new("operating_status", v => v.Entity.OperatingStatus),
        new("admin_state_up", v => v.Entity.AdminStateUp),
        new("project_id", v => v.Entity.ProjectId),
        new("created_at", v => v.Entity.CreatedAt),
        new("updated_at", v => v.Entity.UpdatedAt),
        new("vip_address", v => v.Entity.VipAddress),
        new("vip_port_id", v => v.Entity.VipPortId),
        new("vip_subnet_id", v => v.Entity.VipSubnetId),
        new("vip_network_id", v => v.Entity.VipNetworkId),
        new("additional_vips", v => new AdditionalVipsValue(v.Entity.AdditionalVips)),
        new("listeners", v => v.Listeners),
        new("pools", v => v.Pools),
        new("provider", v => string.IsNullOrEmpty(v.Entity.Provider) ? FallbackProvider : v.Entity.Provider),
        new("flavor_id", v => v.Entity.FlavorId),
        new("vip_qos_policy_id", v => v.Entity.VipQosPolicyId),
        new("tags", v => v.Entity.Tags),
        new("availability_zone", v => v.Entity.AvailabilityZone),
        new("tenant_id", v => v.Entity.ProjectId),
    ]);

    private sealed record AdditionalVipsValue(List<AdditionalVipEntity> Vips) : IJsonValue
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartArray();
            foreach (var v in Vips)
            {
                writer.WriteStartObject();
                writer.WriteString("subnet_id", v.SubnetId);
                writer.WriteString("ip_address", v.IpAddress);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
