namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>Request bodies shared by the end-to-end scenarios.</summary>
internal static class Scenarios
{
    /// <summary>Builds a fully populated load balancer: one HTTP listener whose default pool has two members and a monitor.</summary>
    public static object FullyPopulatedLoadBalancer(string name, string subnetId, string? flavorId = null) => new
    {
        loadbalancer = new Dictionary<string, object?>
        {
            ["name"] = name,
            ["vip_subnet_id"] = subnetId,
            ["flavor_id"] = flavorId,
            ["listeners"] = new object[]
            {
                new { name = $"{name}-http", protocol = "HTTP", protocol_port = 80, default_pool = new { name = $"{name}-pool" } },
            },
            ["pools"] = new object[]
            {
                new
                {
                    name = $"{name}-pool",
                    protocol = "HTTP",
                    lb_algorithm = "ROUND_ROBIN",
                    healthmonitor = new { type = "HTTP", delay = 5, timeout = 3, max_retries = 3, url_path = "/healthz" },
                    members = new object[]
                    {
                        new { address = "192.0.2.20", protocol_port = 8080 },
                        new { address = "192.0.2.21", protocol_port = 8080 },
                    },
                },
            },
        },
    };
}
