using System.Net;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lbaas.Host.Tests.Catalog;

public sealed class NetworkCatalogClientTests : CatalogApiTest
{
    private static readonly Guid NetworkId = new("11111111-0000-4000-8000-000000000001");
    private static readonly Guid SmallSubnet = new("11111111-0000-4000-8000-000000000002");
    private static readonly Guid WideSubnet = new("11111111-0000-4000-8000-000000000003");
    private INetworkClient _network = null!;

    // A /29 holds .1 to .6; .1 is the gateway, so five addresses can be handed out before the /24 is used.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Lbaas:Networks:0:Id"] = NetworkId.ToString(),
        ["Lbaas:Networks:0:Name"] = "net",
        ["Lbaas:Networks:0:Subnets:0:Id"] = SmallSubnet.ToString(),
        ["Lbaas:Networks:0:Subnets:0:Cidr"] = "127.0.50.0/29",
        ["Lbaas:Networks:0:Subnets:0:GatewayIp"] = "127.0.50.1",
        ["Lbaas:Networks:0:Subnets:1:Id"] = WideSubnet.ToString(),
        ["Lbaas:Networks:0:Subnets:1:Cidr"] = "127.0.51.0/24",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _network = Host.Services.GetRequiredService<INetworkClient>();
    }

    private Task<Port> CreateAsync(Guid? subnet = null, string? address = null) =>
        _network.CreatePortAsync(new CreatePortRequest
        {
            NetworkId = NetworkId,
            SubnetId = subnet,
            IpAddress = address is null ? null : IPAddress.Parse(address),
        }, CancellationToken.None);

    [Fact]
    public async Task Allocation_skips_network_gateway_and_broadcast_then_moves_to_the_next_subnet()
    {
        var addresses = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var port = await CreateAsync();
            addresses.Add(port.FixedIps.Single().IpAddress.ToString());
        }

        Assert.Equal(["127.0.50.2", "127.0.50.3", "127.0.50.4", "127.0.50.5", "127.0.50.6", "127.0.51.1"], addresses);
        var full = await Assert.ThrowsAsync<DriverException>(() => CreateAsync(SmallSubnet));
        Assert.Contains("No free address", full.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requested_address_is_honoured_once_and_a_second_request_is_a_clear_conflict()
    {
        var port = await CreateAsync(address: "127.0.51.77");
        Assert.Equal(new FixedIp(WideSubnet, IPAddress.Parse("127.0.51.77")), port.FixedIps.Single());

        var taken = await Assert.ThrowsAsync<DriverException>(() => CreateAsync(WideSubnet, "127.0.51.77"));
        Assert.Equal($"IP address 127.0.51.77 is already allocated in subnet {WideSubnet}.", taken.UserMessage);

        var gateway = await Assert.ThrowsAsync<DriverException>(() => CreateAsync(SmallSubnet, "127.0.50.1"));
        Assert.Contains("gateway", gateway.UserMessage, StringComparison.Ordinal);
        var outside = await Assert.ThrowsAsync<DriverException>(() => CreateAsync(address: "10.0.0.1"));
        Assert.Contains("not inside any subnet", outside.UserMessage, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DriverException>(() => _network.CreatePortAsync(
            new CreatePortRequest { NetworkId = Guid.NewGuid() }, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_allocations_never_hand_out_one_address_twice()
    {
        var ports = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => CreateAsync(WideSubnet))));

        var addresses = ports.Select(p => p.FixedIps.Single().IpAddress.ToString()).ToList();
        Assert.Equal(40, addresses.Distinct().Count());
        Assert.All(addresses, a => Assert.StartsWith("127.0.51.", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_hosts_sharing_the_database_never_hand_out_one_address_twice()
    {
        var other = OtherHost();
        var request = new CreatePortRequest { NetworkId = NetworkId, SubnetId = WideSubnet };

        var ports = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            (i % 2 == 0 ? _network : other).CreatePortAsync(request, CancellationToken.None))));

        Assert.Equal(30, ports.Select(p => p.FixedIps.Single().IpAddress).Distinct().Count());
    }

    [Fact]
    public async Task An_address_freed_by_another_host_is_handed_out_again_once_the_subnet_looks_full()
    {
        var other = OtherHost();
        var request = new CreatePortRequest { NetworkId = NetworkId, SubnetId = SmallSubnet };
        var ports = new List<Port>();
        for (var i = 0; i < 5; i++)
        {
            ports.Add(await other.CreatePortAsync(request, CancellationToken.None));
        }

        // This host frees .4; the other host's picture of the subnet still says it is full.
        await _network.DeletePortAsync(ports[2].Id, CancellationToken.None);
        var again = await other.CreatePortAsync(request, CancellationToken.None);

        Assert.Equal("127.0.50.4", again.FixedIps.Single().IpAddress.ToString());
    }

    [Fact]
    public async Task An_address_taken_by_another_host_is_skipped_and_the_lowest_free_one_follows()
    {
        var other = OtherHost();
        var request = new CreatePortRequest { NetworkId = NetworkId, SubnetId = SmallSubnet };
        Assert.Equal("127.0.50.2", (await other.CreatePortAsync(request, CancellationToken.None)).FixedIps.Single().IpAddress.ToString());

        // This host takes .3 and .4 behind the other host's back.
        await CreateAsync(SmallSubnet);
        await CreateAsync(SmallSubnet);

        Assert.Equal("127.0.50.5", (await other.CreatePortAsync(request, CancellationToken.None)).FixedIps.Single().IpAddress.ToString());
    }

    [Fact]
    public async Task Concurrent_requests_for_one_address_let_exactly_one_win()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try
            {
                await CreateAsync(WideSubnet, "127.0.51.200");
                return true;
            }
            catch (DriverException)
            {
                return false;
            }
        })));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task An_additional_address_lands_on_the_same_port_and_deleting_the_port_frees_both()
    {
        var port = await CreateAsync(SmallSubnet);
        var grown = await _network.AllocateAddressAsync(port.Id, WideSubnet, null, CancellationToken.None);
        Assert.Equal(2, grown.FixedIps.Count);
        Assert.Equal(2, (await _network.GetPortAsync(port.Id, CancellationToken.None))!.FixedIps.Count);

        await _network.DeletePortAsync(port.Id, CancellationToken.None);
        await _network.DeletePortAsync(port.Id, CancellationToken.None);
        Assert.Null(await _network.GetPortAsync(port.Id, CancellationToken.None));
        Assert.Equal("127.0.50.2", (await CreateAsync(SmallSubnet)).FixedIps.Single().IpAddress.ToString());
    }

    // A second client with its own in-process gate and address cache stands in for another host: only the database's
    // unique index separates them.
    private NetworkCatalogClient OtherHost() => new(
        Host.Services.GetRequiredService<NetworkTopology>(),
        Host.Services.GetRequiredService<IServiceScopeFactory>(),
        TimeProvider.System,
        NullLogger<NetworkCatalogClient>.Instance);

    [Fact]
    public async Task Reads_come_from_the_configured_topology()
    {
        var network = await _network.GetNetworkAsync(NetworkId, CancellationToken.None);
        Assert.Equal([SmallSubnet, WideSubnet], network!.SubnetIds);
        Assert.Null((await _network.GetSubnetAsync(WideSubnet, CancellationToken.None))!.GatewayIp);
        Assert.Equal(2, (await _network.ListSubnetsAsync(NetworkId, CancellationToken.None)).Count);
        Assert.Null(await _network.GetSubnetAsync(NetworkCatalogOptions.VipSubnetId, CancellationToken.None));
    }

    [Fact]
    public void A_bad_network_setting_stops_startup_with_the_key_named()
    {
        var error = Assert.ThrowsAny<Exception>(() => CatalogHost.Start(new()
        {
            ["Lbaas:Networks:0:Id"] = NetworkId.ToString(),
            ["Lbaas:Networks:0:Subnets:0:Id"] = SmallSubnet.ToString(),
            ["Lbaas:Networks:0:Subnets:0:Cidr"] = "127.0.50.7/29",
            ["Lbaas:Networks:0:Subnets:1:Id"] = SmallSubnet.ToString(),
            ["Lbaas:Networks:0:Subnets:1:Cidr"] = "127.0.52.0/24",
            ["Lbaas:Networks:0:Subnets:1:GatewayIp"] = "127.0.53.1",
        }));

        var message = error.ToString();
        Assert.True(message.Contains("Lbaas:Networks:0:Subnets:0:Cidr", StringComparison.Ordinal), message);
        Assert.Contains("Lbaas:Networks:0:Subnets:0:Cidr '127.0.50.7/29' is not a network in CIDR notation", message, StringComparison.Ordinal);
        Assert.Contains($"Lbaas:Networks:0:Subnets:1:Id '{SmallSubnet}' is used by another subnet.", message, StringComparison.Ordinal);
        Assert.Contains("Lbaas:Networks:0:Subnets:1:GatewayIp '127.0.53.1' is not an address inside 127.0.52.0/24.", message, StringComparison.Ordinal);
    }
}
