using System.Net;
using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>Runs the noop driver out of process with <c>lbaas-provider-server</c> and uses it through the host as a remote provider.</summary>
public sealed class RemoteProviderTests
{
    [Fact]
    public async Task A_driver_served_by_lbaas_provider_server_on_a_unix_socket_runs_a_lifecycle_through_the_host()
    {
        var socketDirectory = Directory.CreateTempSubdirectory("lbaas-remote-").FullName;
        var socket = Path.Combine(socketDirectory, "noop.sock");
        try
        {
            // Both providers enabled: the built-in plugin, and the same driver reached over gRPC.
            await using var host = await HostProcess.StartAsync(new Dictionary<string, string>
            {
                ["Lbaas__Providers__Enabled__noop__Description"] = "in-process noop",
                ["Lbaas__Providers__Enabled__remote-noop__Url"] = $"unix:{socket}",
                ["Lbaas__Providers__Enabled__remote-noop__Description"] = "noop over gRPC",
            });
            await using var server = await ProviderServerProcess.StartAsync(
                Path.Combine(HostProcess.HostDir, "plugins", "Lbaas.Drivers.Noop"), socket, new Uri($"http://127.0.0.1:{host.GrpcPort}"));

            var providers = await host.Http.GetJsonAsync("/v2/lbaas/providers");
            Assert.Contains(providers.GetProperty("providers").EnumerateArray(), p => p.GetProperty("name").GetString() == "remote-noop");

            // The host handshakes in the background and retries until the server is up; until then creates answer 501.
            var subnetId = await host.Http.SubnetIdAsync("lb-vip-subnet");
            var lb = await Eventually.MatchAsync(
                async ct =>
                {
                    using var response = await host.Http.PostAsync(new Uri("/v2/lbaas/loadbalancers", UriKind.Relative),
                        System.Net.Http.Json.JsonContent.Create(new { loadbalancer = new { name = "remote", vip_subnet_id = subnetId, provider = "remote-noop" } }), ct);
                    return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(ct));
                },
                r => r.StatusCode == HttpStatusCode.Created,
                TimeSpan.FromSeconds(60),
                "load balancer create on the remote provider");
            var lbId = System.Text.Json.JsonDocument.Parse(lb.Body).RootElement.GetProperty("loadbalancer").GetProperty("id").GetString()!;

            await Eventually.MatchAsync(_ => host.Http.StatusTreeAsync(lbId), t => t.All(s => s == "ACTIVE"), TimeSpan.FromSeconds(30),
                $"load balancer {lbId} ACTIVE through the remote provider");
            var listener = await host.Http.PostAsync("/v2/lbaas/listeners",
                new { listener = new { loadbalancer_id = lbId, protocol = "TCP", protocol_port = 443 } }, "listener");
            var settled = await Eventually.MatchAsync(_ => host.Http.StatusTreeAsync(lbId), t => t.Count == 2 && t.All(s => s == "ACTIVE"),
                TimeSpan.FromSeconds(30), $"listener {listener.GetProperty("id")} ACTIVE through the remote provider");
            Assert.Equal(2, settled.Count);

            var shown = await host.Http.GetJsonAsync($"/v2/lbaas/loadbalancers/{lbId}");
            Assert.Equal("remote-noop", shown.GetProperty("loadbalancer").GetProperty("provider").GetString());

            using var delete = await host.Http.DeleteAsync(new Uri($"/v2/lbaas/loadbalancers/{lbId}?cascade=true", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            await Eventually.MatchAsync(
                async ct =>
                {
                    using var response = await host.Http.GetAsync(new Uri($"/v2/lbaas/loadbalancers/{lbId}", UriKind.Relative), ct);
                    return response.StatusCode;
                },
                code => code == HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), $"load balancer {lbId} deleted through the remote provider");
        }
        finally
        {
            Directory.Delete(socketDirectory, recursive: true);
        }
    }
}
