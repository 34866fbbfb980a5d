using System.Text.Json;
using System.Text.Json.Nodes;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Renders catalog objects in Neutron's JSON shapes, as python-neutronclient and openstacksdk read them.</summary>
internal static class NeutronJson
{
    private const string Epoch = "2026-01-01T00:00:00Z";

    public static JsonObject Network(Network network) => new()
    {
        ["id"] = network.Id.ToString(),
        ["name"] = network.Name ?? "",
        ["tenant_id"] = network.ProjectId ?? "",
        ["project_id"] = network.ProjectId ?? "",
        ["admin_state_up"] = true,
        ["status"] = "ACTIVE",
        ["subnets"] = new JsonArray([.. network.SubnetIds.Select(id => JsonValue.Create(id.ToString()))]),
        ["shared"] = network.Shared,
        ["mtu"] = network.Mtu,
        ["router:external"] = false,
        ["port_security_enabled"] = true,
        ["availability_zones"] = new JsonArray(),
        ["description"] = "",
        ["tags"] = new JsonArray(),
        ["created_at"] = Epoch,
        ["updated_at"] = Epoch,
        ["revision_number"] = 0,
    };

    public static JsonObject Subnet(Subnet subnet, SubnetAddressRange range) => new()
    {
        ["id"] = subnet.Id.ToString(),
        ["name"] = subnet.Name ?? "",
        ["network_id"] = subnet.NetworkId.ToString(),
        ["tenant_id"] = subnet.ProjectId ?? "",
        ["project_id"] = subnet.ProjectId ?? "",
        ["cidr"] = subnet.Cidr.ToString(),
        ["ip_version"] = subnet.IpVersion,
        ["gateway_ip"] = subnet.GatewayIp?.ToString(),
        ["enable_dhcp"] = false,
        ["allocation_pools"] = new JsonArray(new JsonObject
        {
            ["start"] = range.FirstUsable.ToString(),
            ["end"] = range.LastUsable.ToString(),
        }),
        ["dns_nameservers"] = new JsonArray(),
        ["host_routes"] = new JsonArray(),
        ["ipv6_address_mode"] = null,
        ["ipv6_ra_mode"] = null,
        ["subnetpool_id"] = null,
        ["description"] = "",
        ["tags"] = new JsonArray(),
        ["created_at"] = Epoch,
        ["updated_at"] = Epoch,
        ["revision_number"] = 0,
    };

    public static JsonObject Port(Port port) => new()
    {
        ["id"] = port.Id.ToString(),
        ["name"] = port.Name ?? "",
        ["network_id"] = port.NetworkId.ToString(),
        ["tenant_id"] = port.ProjectId ?? "",
        ["project_id"] = port.ProjectId ?? "",
        ["mac_address"] = port.MacAddress ?? "",
        ["admin_state_up"] = port.AdminStateUp,
        ["status"] = "ACTIVE",
        ["device_owner"] = port.DeviceOwner ?? "",
        ["device_id"] = port.DeviceId ?? "",
        ["fixed_ips"] = new JsonArray([.. port.FixedIps.Select(ip => new JsonObject
        {
            ["subnet_id"] = ip.SubnetId.ToString(),
            ["ip_address"] = ip.IpAddress.ToString(),
        })]),
        ["security_groups"] = new JsonArray([.. port.SecurityGroupIds.Select(id => JsonValue.Create(id.ToString()))]),
        ["allowed_address_pairs"] = new JsonArray(),
        ["qos_policy_id"] = null,
        ["port_security_enabled"] = true,
        ["description"] = "",
        ["tags"] = new JsonArray(),
        ["revision_number"] = 0,
    };

    public static JsonObject SecurityGroup(SecurityGroup group) => new()
    {
        ["id"] = group.Id.ToString(),
        ["name"] = group.Name ?? "",
        ["tenant_id"] = group.ProjectId ?? "",
        ["project_id"] = group.ProjectId ?? "",
        ["description"] = "",
        ["stateful"] = true,
        ["tags"] = new JsonArray(),
        ["security_group_rules"] = new JsonArray([.. group.Rules.Select(rule => new JsonObject
        {
            ["security_group_id"] = group.Id.ToString(),
            ["direction"] = rule.Direction,
            ["ethertype"] = rule.RemoteIpPrefix?.Contains(':', StringComparison.Ordinal) == true ? "IPv6" : "IPv4",
            ["protocol"] = rule.Protocol,
            ["port_range_min"] = rule.PortRangeMin,
            ["port_range_max"] = rule.PortRangeMax,
            ["remote_ip_prefix"] = rule.RemoteIpPrefix,
        })]),
    };

    /// <summary>Renders a JSON scalar as the text a query-string filter is compared with.</summary>
    /// <param name="node">The attribute's value.</param>
    /// <returns>The text, or <see langword="null"/> for arrays, objects and JSON null.</returns>
    public static string? FilterText(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => node.ToJsonString(),
        _ => null,
    };

    public static JsonObject Error(string type, string message) => new()
    {
        ["NeutronError"] = new JsonObject
        {
            ["type"] = type,
            ["message"] = message,
            ["detail"] = "",
        },
    };
}
