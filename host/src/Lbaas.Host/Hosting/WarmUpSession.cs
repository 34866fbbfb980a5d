using System.Net;
using System.Text;
using System.Text.Json;
using Lbaas.Host.NetworkCatalog;

namespace Lbaas.Host.Hosting;

/// <summary>The scripted API session of the request warm-up: what a client of the Octavia API does most.</summary>
/// <remarks>
/// One round creates a load balancer, reads it and its list, updates it, adds a listener, a pool, a member and a
/// health monitor (waiting for ACTIVE in between, as clients do), reads the children, the status tree and the
/// statistics, sends two bad requests, and cascade-deletes the whole tree. Every answer is checked: a session that no
/// longer matches the API fails loudly instead of warming error paths.
/// </remarks>
internal sealed class WarmUpSession(HttpClient http, TimeProvider time, int client)
{
    private const string Lbs = "/v2/lbaas/loadbalancers";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(1);

    /// <summary>Gets the requests sent so far.</summary>
    public int Requests { get; private set; }

    /// <summary>Runs one round.</summary>
    /// <param name="round">The round number, used in names with the client number.</param>
    /// <param name="ct">Cancels the round.</param>
    /// <returns>A task that completes when the round's load balancer is gone.</returns>
    public async Task RunRoundAsync(int round, CancellationToken ct)
    {
        await SendAsync(HttpMethod.Get, "/", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, "/v2/lbaas/providers", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, "/v2/lbaas/flavors", null, HttpStatusCode.OK, ct);

        var lb = Id(await SendAsync(HttpMethod.Post, Lbs,
            new { loadbalancer = new { name = $"warm-up-{client}-{round}", vip_subnet_id = NetworkCatalogOptions.VipSubnetId } },
            HttpStatusCode.Created, ct), "loadbalancer");
        await WaitActiveAsync(lb, ct);
        await SendAsync(HttpMethod.Get, Lbs, null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, Lbs, null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"{Lbs}?name=warm-up-{client}-{round}", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Put, $"{Lbs}/{lb}", new { loadbalancer = new { description = "warm-up" } }, HttpStatusCode.OK, ct);
        await WaitActiveAsync(lb, ct);

        var listener = Id(await SendAsync(HttpMethod.Post, "/v2/lbaas/listeners",
            new { listener = new { loadbalancer_id = lb, protocol = "HTTP", protocol_port = 80 } }, HttpStatusCode.Created, ct), "listener");
        await WaitActiveAsync(lb, ct);
        var pool = Id(await SendAsync(HttpMethod.Post, "/v2/lbaas/pools",
            new { pool = new { listener_id = listener, protocol = "HTTP", lb_algorithm = "ROUND_ROBIN" } }, HttpStatusCode.Created, ct), "pool");
        await WaitActiveAsync(lb, ct);
        await SendAsync(HttpMethod.Post, $"/v2/lbaas/pools/{pool}/members",
            new { member = new { address = "127.0.200.10", protocol_port = 8080, subnet_id = NetworkCatalogOptions.MemberSubnetId } },
            HttpStatusCode.Created, ct);
        await WaitActiveAsync(lb, ct);
        var monitor = Id(await SendAsync(HttpMethod.Post, "/v2/lbaas/healthmonitors",
            new { healthmonitor = new { pool_id = pool, type = "HTTP", delay = 5, timeout = 3, max_retries = 3 } }, HttpStatusCode.Created, ct),
            "healthmonitor");
        await WaitActiveAsync(lb, ct);

        await SendAsync(HttpMethod.Get, $"/v2/lbaas/listeners/{listener}", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"/v2/lbaas/pools/{pool}", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"/v2/lbaas/pools/{pool}/members", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"/v2/lbaas/healthmonitors/{monitor}", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"{Lbs}/{lb}/status", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"{Lbs}/{lb}/stats", null, HttpStatusCode.OK, ct);
        await SendAsync(HttpMethod.Get, $"{Lbs}/{Guid.NewGuid()}", null, HttpStatusCode.NotFound, ct);
        await SendAsync(HttpMethod.Post, Lbs, new { loadbalancer = new { name = 1 } }, HttpStatusCode.BadRequest, ct);

        await SendAsync(HttpMethod.Delete, $"{Lbs}/{lb}?cascade=true", null, HttpStatusCode.NoContent, ct);
        await WaitAsync(lb, gone: true, ct);
    }

    private Task WaitActiveAsync(string lb, CancellationToken ct) => WaitAsync(lb, gone: false, ct);

    private async Task WaitAsync(string lb, bool gone, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + WaitLimit;
        while (true)
        {
            Requests++;
            using var response = await http.GetAsync($"{Lbs}/{lb}", ct);
            string? status = null;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
                status = body.RootElement.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString();
            }

            if (gone ? response.StatusCode == HttpStatusCode.NotFound : status == "ACTIVE")
            {
                return;
            }

            if ((!gone && response.StatusCode != HttpStatusCode.OK) || status == "ERROR" || time.GetUtcNow() > deadline)
            {
                throw new WarmUpException(
                    $"load balancer {lb} did not become {(gone ? "deleted" : "ACTIVE")}: last answer {(int)response.StatusCode} {status}");
            }

            await Task.Delay(PollInterval, time, ct);
        }
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken ct)
    {
        Requests++;
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != expected)
        {
            throw new WarmUpException(
                $"{method} {path} answered {(int)response.StatusCode} where {(int)expected} was expected: {text[..Math.Min(text.Length, 300)]}");
        }

        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Id(JsonElement body, string resource) => body.GetProperty(resource).GetProperty("id").GetString()!;
}
