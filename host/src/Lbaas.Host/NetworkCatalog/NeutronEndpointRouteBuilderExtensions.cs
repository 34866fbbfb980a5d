using System.Text.Json.Nodes;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Maps the read-only Neutron subset (<c>/v2.0/networks</c>, <c>subnets</c>, <c>ports</c>, <c>security-groups</c>, <c>qos/policies</c>).</summary>
/// <remarks>
/// Enough for the stock clients to resolve <c>--vip-subnet-id</c>, <c>--subnet-id</c>, networks, ports and QoS policies by
/// ID or name: every list takes repeatable exact-match filters (<c>?id=</c>, <c>?name=</c>, any scalar attribute) and
/// <c>fields</c>.
/// </remarks>
public static class NeutronEndpointRouteBuilderExtensions
{
    private static readonly HashSet<string> NonFilterKeys =
        new(["fields", "limit", "marker", "page_reverse", "sort_key", "sort_dir"], StringComparer.Ordinal);

    /// <summary>Maps the Neutron subset under <c>/v2.0</c>.</summary>
    /// <param name="endpoints">The route builder (the app, or a group restricted to the REST port).</param>
    /// <returns>The group holding the Neutron endpoints.</returns>
    public static RouteGroupBuilder MapNeutronApi(this IEndpointRouteBuilder endpoints)
    {
        var neutron = endpoints.MapGroup("/v2.0").WithTags("Neutron");

        neutron.MapGet("/networks", (HttpRequest request, NetworkTopology topology) =>
            List(request, "networks", topology.Networks.Select(NeutronJson.Network)));
        neutron.MapGet("/networks/{id}", (string id, HttpRequest request, NetworkTopology topology) =>
            Show(request, "network", "NetworkNotFound", "Network", id,
                Guid.TryParse(id, out var g) && topology.FindNetwork(g) is { } n ? NeutronJson.Network(n) : null));

        neutron.MapGet("/subnets", (HttpRequest request, NetworkTopology topology) =>
            List(request, "subnets", topology.Subnets.Select(s => NeutronJson.Subnet(s, topology.GetRange(s.Id)))));
        neutron.MapGet("/subnets/{id}", (string id, HttpRequest request, NetworkTopology topology) =>
            Show(request, "subnet", "SubnetNotFound", "Subnet", id,
                Guid.TryParse(id, out var g) && topology.FindSubnet(g) is { } s
                    ? NeutronJson.Subnet(s, topology.GetRange(s.Id))
                    : null));

        neutron.MapGet("/ports", async (HttpRequest request, NetworkCatalogClient catalog, CancellationToken ct) =>
            List(request, "ports", (await catalog.ListPortsAsync(ct)).Select(NeutronJson.Port)));
        neutron.MapGet("/ports/{id}", async (string id, HttpRequest request, NetworkCatalogClient catalog, CancellationToken ct) =>
            Show(request, "port", "PortNotFound", "Port", id,
                Guid.TryParse(id, out var g) && await catalog.GetPortAsync(g, ct) is { } p ? NeutronJson.Port(p) : null));

        neutron.MapGet("/security-groups", async (HttpRequest request, NetworkCatalogClient catalog, CancellationToken ct) =>
            List(request, "security_groups", (await catalog.ListSecurityGroupsAsync(ct)).Select(NeutronJson.SecurityGroup)));
        neutron.MapGet("/security-groups/{id}", async (string id, HttpRequest request, NetworkCatalogClient catalog, CancellationToken ct) =>
            Show(request, "security_group", "SecurityGroupNotFound", "Security group", id,
                Guid.TryParse(id, out var g) && await catalog.GetSecurityGroupAsync(g, ct) is { } sg
                    ? NeutronJson.SecurityGroup(sg)
                    : null));

        // The catalog has no QoS: the list is empty so "--vip-qos-policy-id" lookups fail cleanly with "not found".
        neutron.MapGet("/qos/policies", (HttpRequest request) => List(request, "policies", []));
        neutron.MapGet("/qos/policies/{id}", (string id, HttpRequest request) =>
            Show(request, "policy", "QosPolicyNotFound", "QoS policy", id, null));

        return neutron;
    }

    private static IResult List(HttpRequest request, string plural, IEnumerable<JsonObject> items)
    {
        var filters = request.Query.Where(q => !NonFilterKeys.Contains(q.Key)).ToList();
        var matching = items.Where(item => filters.All(f => Matches(item, f.Key, f.Value)));
        var body = new JsonObject
        {
            [plural] = new JsonArray([.. matching.Select(item => Project(item, request))]),
        };
        return Json(body, StatusCodes.Status200OK);
    }

    private static IResult Show(HttpRequest request, string singular, string errorType, string what, string id, JsonObject? item) =>
        item is null
            ? Json(NeutronJson.Error(errorType, $"{what} {id} could not be found."), StatusCodes.Status404NotFound)
            : Json(new JsonObject { [singular] = Project(item, request) }, StatusCodes.Status200OK);

    private static bool Matches(JsonObject item, string key, Microsoft.Extensions.Primitives.StringValues wanted)
    {
        if (key == "fixed_ips" && item["fixed_ips"] is JsonArray fixedIps)
        {
            // Neutron's form: fixed_ips=ip_address=10.0.0.5 or fixed_ips=subnet_id=<id>.
            return wanted.All(w => w?.Split('=', 2) is [var k, var v]
                && fixedIps.Any(ip => NeutronJson.FilterText(ip?[k]) == v));
        }

        if (!item.TryGetPropertyValue(key, out var value))
        {
            return true;
        }

        var text = NeutronJson.FilterText(value);
        return wanted.Any(w => string.Equals(w, text, value?.GetValueKind() is System.Text.Json.JsonValueKind.True
            or System.Text.Json.JsonValueKind.False ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
    }

    private static JsonObject Project(JsonObject item, HttpRequest request)
    {
        var fields = request.Query["fields"].SelectMany(f => (f ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (fields.Count == 0)
        {
            return item;
        }

        var projected = new JsonObject();
        foreach (var field in fields.Distinct(StringComparer.Ordinal))
        {
            if (item.TryGetPropertyValue(field, out var value))
            {
                projected[field] = value?.DeepClone();
            }
        }

        return projected;
    }

    private static IResult Json(JsonObject body, int statusCode) =>
        Results.Content(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, statusCode);
}
