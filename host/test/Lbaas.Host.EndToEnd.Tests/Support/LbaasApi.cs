using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lbaas.Host.EndToEnd.Tests.Support;

/// <summary>Small typed calls against a host's Octavia v2 API, for the end-to-end scenarios.</summary>
internal static class LbaasApi
{
    public static async Task<JsonElement> PostAsync(this HttpClient http, string path, object body, string key)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty(key).Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> SubnetIdAsync(this HttpClient http, string name) =>
        (await http.GetJsonAsync($"/v2.0/subnets?name={name}")).GetProperty("subnets")[0].GetProperty("id").GetString()!;

    /// <summary>Lists every provisioning status in a load balancer's status tree (the load balancer's first).</summary>
    public static async Task<IReadOnlyList<string>> StatusTreeAsync(this HttpClient http, string lbId)
    {
        var tree = (await http.GetJsonAsync($"/v2/lbaas/loadbalancers/{lbId}/status")).GetProperty("statuses").GetProperty("loadbalancer");
        var statuses = new List<string>();
        Walk(tree, statuses);
        return statuses;

        static void Walk(JsonElement node, List<string> into)
        {
            if (node.TryGetProperty("provisioning_status", out var status))
            {
                into.Add(status.GetString()!);
            }

            foreach (var child in new[] { "listeners", "pools", "members" })
            {
                if (node.TryGetProperty(child, out var items))
                {
                    foreach (var item in items.EnumerateArray())
                    {
                        Walk(item, into);
                    }
                }
            }

            if (node.TryGetProperty("health_monitor", out var monitor))
            {
                Walk(monitor, into);
            }
        }
    }
}
