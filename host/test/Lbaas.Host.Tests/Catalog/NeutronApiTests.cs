using System.Net;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Host.Tests.Catalog;

public sealed class NeutronApiTests : CatalogApiTest
{
    private static readonly string VipSubnet = NetworkCatalogOptions.VipSubnetId.ToString();
    private static readonly string MemberSubnet = NetworkCatalogOptions.MemberSubnetId.ToString();

    [Fact]
    public async Task The_default_catalog_serves_the_loopback_vip_and_member_subnets()
    {
        var (status, body) = await Host.GetAsync("/v2.0/subnets");

        Assert.Equal(200, status);
        var subnets = body.GetProperty("subnets").EnumerateArray().ToList();
        Assert.Equal([VipSubnet, MemberSubnet], subnets.Select(s => s.GetProperty("id").GetString()));
        var vip = subnets[0];
        Assert.Equal("lb-vip-subnet", vip.GetProperty("name").GetString());
        Assert.Equal(NetworkCatalogOptions.VipNetworkId.ToString(), vip.GetProperty("network_id").GetString());
        Assert.Equal("127.0.100.0/24", vip.GetProperty("cidr").GetString());
        Assert.Equal(4, vip.GetProperty("ip_version").GetInt32());
        Assert.Equal("127.0.100.1", vip.GetProperty("gateway_ip").GetString());
        Assert.Equal("", vip.GetProperty("tenant_id").GetString());
        Assert.Equal("", vip.GetProperty("project_id").GetString());
        var pool = vip.GetProperty("allocation_pools")[0];
        Assert.Equal("127.0.100.2", pool.GetProperty("start").GetString());
        Assert.Equal("127.0.100.254", pool.GetProperty("end").GetString());
    }

    [Fact]
    public async Task Lists_filter_on_repeated_ids_and_names_as_the_clients_resolve_them()
    {
        var (_, byId) = await Host.GetAsync($"/v2.0/subnets?id={VipSubnet}");
        Assert.Equal(VipSubnet, Assert.Single(byId.GetProperty("subnets").EnumerateArray()).GetProperty("id").GetString());

        var (_, both) = await Host.GetAsync($"/v2.0/subnets?id={VipSubnet}&id={MemberSubnet}");
        Assert.Equal(2, both.GetProperty("subnets").GetArrayLength());

        var (_, byName) = await Host.GetAsync("/v2.0/networks?name=lb-member-net&fields=id");
        var network = Assert.Single(byName.GetProperty("networks").EnumerateArray());
        Assert.Equal(NetworkCatalogOptions.MemberNetworkId.ToString(), network.GetProperty("id").GetString());
        Assert.False(network.TryGetProperty("name", out _));

        var (_, none) = await Host.GetAsync($"/v2.0/subnets?id={Guid.NewGuid()}");
        Assert.Equal(0, none.GetProperty("subnets").GetArrayLength());

        var (_, byNetwork) = await Host.GetAsync($"/v2.0/subnets?network_id={NetworkCatalogOptions.VipNetworkId}");
        Assert.Equal(VipSubnet, Assert.Single(byNetwork.GetProperty("subnets").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Show_answers_the_object_or_a_neutron_404()
    {
        var (status, body) = await Host.GetAsync($"/v2.0/networks/{NetworkCatalogOptions.VipNetworkId}");
        Assert.Equal(200, status);
        var network = body.GetProperty("network");
        Assert.Equal("lb-vip-net", network.GetProperty("name").GetString());
        Assert.Equal(VipSubnet, network.GetProperty("subnets")[0].GetString());

        var (missing, fault) = await Host.GetAsync("/v2.0/subnets/not-a-uuid");
        Assert.Equal(404, missing);
        Assert.Equal("SubnetNotFound", fault.GetProperty("NeutronError").GetProperty("type").GetString());
        Assert.Equal("Subnet not-a-uuid could not be found.", fault.GetProperty("NeutronError").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Qos_policies_are_an_empty_list()
    {
        var (status, body) = await Host.GetAsync("/v2.0/qos/policies?id=" + Guid.NewGuid());
        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("policies").GetArrayLength());
        Assert.Equal(404, (await Host.GetAsync($"/v2.0/qos/policies/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task Ports_and_security_groups_created_by_drivers_are_listed()
    {
        var network = Host.Services.GetRequiredService<INetworkClient>();
        var port = await network.CreatePortAsync(new CreatePortRequest
        {
            NetworkId = NetworkCatalogOptions.VipNetworkId,
            Name = "lb-7c1e",
            ProjectId = "p1",
            DeviceOwner = "Octavia",
        }, CancellationToken.None);
        var group = await network.CreateSecurityGroupAsync(new SecurityGroup
        {
            Id = Guid.NewGuid(),
            Name = "lb-7c1e-sg",
            Rules = [new SecurityGroupRule { Direction = "ingress", Protocol = "tcp", PortRangeMin = 80, PortRangeMax = 80 }],
        }, CancellationToken.None);

        var (_, ports) = await Host.GetAsync("/v2.0/ports?name=lb-7c1e");
        var listed = Assert.Single(ports.GetProperty("ports").EnumerateArray());
        Assert.Equal(port.Id.ToString(), listed.GetProperty("id").GetString());
        Assert.Equal("p1", listed.GetProperty("tenant_id").GetString());
        var fixedIp = Assert.Single(listed.GetProperty("fixed_ips").EnumerateArray());
        Assert.Equal(VipSubnet, fixedIp.GetProperty("subnet_id").GetString());
        Assert.Equal("127.0.100.2", fixedIp.GetProperty("ip_address").GetString());
        Assert.StartsWith("fa:16:3e:", listed.GetProperty("mac_address").GetString(), StringComparison.Ordinal);

        var (_, byIp) = await Host.GetAsync("/v2.0/ports?fixed_ips=ip_address%3D127.0.100.2");
        Assert.Single(byIp.GetProperty("ports").EnumerateArray());
        var (_, shown) = await Host.GetAsync($"/v2.0/ports/{port.Id}");
        Assert.Equal("lb-7c1e", shown.GetProperty("port").GetProperty("name").GetString());

        var (_, groups) = await Host.GetAsync($"/v2.0/security-groups?id={group.Id}");
        var rule = Assert.Single(Assert.Single(groups.GetProperty("security_groups").EnumerateArray())
            .GetProperty("security_group_rules").EnumerateArray());
        Assert.Equal("ingress", rule.GetProperty("direction").GetString());
        Assert.Equal(80, rule.GetProperty("port_range_min").GetInt32());

        await network.DeletePortAsync(port.Id, CancellationToken.None);
        Assert.Equal(404, (await Host.GetAsync($"/v2.0/ports/{port.Id}")).Status);
        Assert.Equal(IPAddress.Parse("127.0.100.2"), (await network.CreatePortAsync(
            new CreatePortRequest { NetworkId = NetworkCatalogOptions.VipNetworkId }, CancellationToken.None)).FixedIps[0].IpAddress);
    }
}
