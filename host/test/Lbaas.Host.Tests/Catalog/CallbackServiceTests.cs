using System.Net;
using Grpc.Net.Client;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Tests.Catalog;

public sealed class CallbackServiceTests
{
    [Fact]
    public async Task A_remote_driver_allocates_from_the_network_catalog_over_grpc()
    {
        await using var host = CatalogHost.Start();
        await host.GetAsync("/");
        using var channel = GrpcChannel.ForAddress("http://localhost:9877",
            new GrpcChannelOptions { HttpHandler = host.Server.CreateHandler() });
        var network = new GrpcNetworkClient(channel);

        var subnet = await network.GetSubnetAsync(NetworkCatalogOptions.VipSubnetId, CancellationToken.None);
        Assert.Equal(IPNetwork.Parse("127.0.100.0/24"), subnet!.Cidr);

        var port = await network.CreatePortAsync(new CreatePortRequest
        {
            NetworkId = NetworkCatalogOptions.VipNetworkId,
            Name = "lb-remote",
            IpAddress = IPAddress.Parse("127.0.100.50"),
        }, CancellationToken.None);
        Assert.Equal(IPAddress.Parse("127.0.100.50"), Assert.Single(port.FixedIps).IpAddress);

        var (_, ports) = await host.GetAsync("/v2.0/ports?name=lb-remote");
        Assert.Single(ports.GetProperty("ports").EnumerateArray());
    }
}
