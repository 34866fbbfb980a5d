using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>Drives a started host with the stock <c>openstack loadbalancer</c> CLI, as an operator would.</summary>
public sealed class CliCompatibilityTests
{
    [Fact]
    public async Task The_stock_openstack_cli_runs_a_whole_load_balancer_lifecycle_on_noop()
    {
        Assert.True(OpenStackCli.IsInstalled, "the openstack CLI is missing: ./test.sh installs python3-openstackclient and python3-octaviaclient");
        await using var host = await HostProcess.StartAsync();
        var cli = new OpenStackCli(host.Endpoint);

        var providers = await cli.JsonAsync("loadbalancer", "provider", "list");
        Assert.Contains(providers.EnumerateArray(), p => p.GetProperty("name").GetString() == "noop");

        var lb = await cli.JsonAsync("loadbalancer", "create", "--name", "lb1", "--vip-subnet-id", "lb-vip-subnet",
            "--provider", "noop", "--wait");
        Assert.Equal("ACTIVE", lb.GetProperty("provisioning_status").GetString());
        var vip = IPAddress.Parse(lb.GetProperty("vip_address").GetString()!);
        var subnet = await GetVipSubnetAsync(host);
        Assert.True(IPNetwork.Parse(subnet.GetProperty("cidr").GetString()!).Contains(vip), $"VIP {vip} outside {subnet}");

        var listener = await cli.JsonAsync("loadbalancer", "listener", "create", "--name", "l1", "--protocol", "HTTP",
            "--protocol-port", "80", "--wait", "lb1");
        Assert.Equal("ACTIVE", listener.GetProperty("provisioning_status").GetString());

        var pool = await cli.JsonAsync("loadbalancer", "pool", "create", "--name", "p1", "--lb-algorithm", "ROUND_ROBIN",
            "--listener", "l1", "--protocol", "HTTP", "--wait");
        Assert.Equal("ACTIVE", pool.GetProperty("provisioning_status").GetString());
        var poolId = pool.GetProperty("id").GetString()!;

        foreach (var (name, address) in new[] { ("m1", "192.0.2.10"), ("m2", "192.0.2.11") })
        {
            var member = await cli.JsonAsync("loadbalancer", "member", "create", "--name", name, "--address", address,
                "--protocol-port", "8080", "--subnet-id", "lb-vip-subnet", "--wait", "p1");
            Assert.Equal("ACTIVE", member.GetProperty("provisioning_status").GetString());
        }

        var monitor = await cli.JsonAsync("loadbalancer", "healthmonitor", "create", "--name", "hm1", "--delay", "5",
            "--timeout", "3", "--max-retries", "3", "--type", "HTTP", "--url-path", "/healthz", "--wait", "p1");
        Assert.Equal("ACTIVE", monitor.GetProperty("provisioning_status").GetString());

        var list = await cli.JsonAsync("loadbalancer", "list");
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal("lb1", row.GetProperty("name").GetString());
        Assert.Equal("ACTIVE", row.GetProperty("provisioning_status").GetString());

        await cli.RunAsync("loadbalancer", "set", "--description", "updated by the CLI", "--wait", "lb1");
        var shown = await cli.JsonAsync("loadbalancer", "show", "lb1");
        Assert.Equal("updated by the CLI", shown.GetProperty("description").GetString());
        Assert.Equal("ACTIVE", shown.GetProperty("provisioning_status").GetString());

        await cli.RunAsync("loadbalancer", "member", "set", "--weight", "5", "--wait", "p1", "m1");
        var m1 = await cli.JsonAsync("loadbalancer", "member", "show", "p1", "m1");
        Assert.Equal(5, m1.GetProperty("weight").GetInt32());

        var members = await cli.JsonAsync("loadbalancer", "member", "list", "p1");
        Assert.Equal(["192.0.2.10", "192.0.2.11"], Addresses(members));

        // The stock CLI has no batch command (Terraform sends it): PUT the desired set directly. m1 is kept with its
        // defaults re-applied, m2 is deleted, 192.0.2.12 is created.
        using (var batch = await host.Http.PutAsJsonAsync($"/v2/lbaas/pools/{poolId}/members", new
        {
            members = new object[]
            {
                new { address = "192.0.2.10", protocol_port = 8080, name = "m1" },
                new { address = "192.0.2.12", protocol_port = 8080, name = "m3" },
            },
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, batch.StatusCode);
        }

        await Eventually.MatchAsync(
            _ => cli.JsonAsync("loadbalancer", "show", "lb1"),
            lbNow => lbNow.GetProperty("provisioning_status").GetString() == "ACTIVE",
            TimeSpan.FromSeconds(60), "load balancer ACTIVE after the member batch");
        members = await cli.JsonAsync("loadbalancer", "member", "list", "p1");
        Assert.Equal(["192.0.2.10", "192.0.2.12"], Addresses(members));
        Assert.Equal(1, (await cli.JsonAsync("loadbalancer", "member", "show", "p1", "m1")).GetProperty("weight").GetInt32());

        // "status show" prints JSON by itself and takes no -f option.
        var status = JsonDocument.Parse(await cli.RunAsync("loadbalancer", "status", "show", "lb1")).RootElement;
        var treePool = status.GetProperty("loadbalancer").GetProperty("listeners")[0].GetProperty("pools")[0];
        Assert.Equal(2, treePool.GetProperty("members").GetArrayLength());
        Assert.Equal("hm1", treePool.GetProperty("health_monitor").GetProperty("name").GetString());

        await cli.RunAsync("loadbalancer", "delete", "--cascade", "--wait", "lb1");
        Assert.Empty((await cli.JsonAsync("loadbalancer", "list")).EnumerateArray());
        Assert.Empty((await cli.JsonAsync("loadbalancer", "pool", "list")).EnumerateArray());
    }

    private static string[] Addresses(JsonElement members) =>
        [.. members.EnumerateArray().Select(m => m.GetProperty("address").GetString()!).Order(StringComparer.Ordinal)];

    private static async Task<JsonElement> GetVipSubnetAsync(HostProcess host)
    {
        var body = await host.Http.GetFromJsonAsync<JsonElement>("/v2.0/subnets?name=lb-vip-subnet");
        return Assert.Single(body.GetProperty("subnets").EnumerateArray());
    }
}
