using System.Net;
using System.Text.Json;
using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests;

public sealed class CanonicalTests
{
    private static readonly Member Member = new()
    {
        Id = Guid.NewGuid(),
        PoolId = Guid.NewGuid(),
        ProjectId = "p",
        Address = IPAddress.Loopback,
        ProtocolPort = 80,
    };

    [Fact]
    public void An_unset_field_differs_from_one_set_to_null()
    {
        var unset = new UpdateMemberRequest { Current = Member };
        var setToNull = unset with { Name = new Optional<string?>(null) };

        Assert.NotEqual(Canonical.Of(unset), Canonical.Of(setToNull));
    }

    [Fact]
    public void A_lost_nested_field_or_list_item_is_detected()
    {
        var pool = new Pool
        {
            Id = Guid.NewGuid(),
            LoadBalancerId = Guid.NewGuid(),
            ProjectId = "p",
            Protocol = Protocol.Http,
            LbAlgorithm = LoadBalancingAlgorithm.RoundRobin,
            Members = [Member],
        };

        Assert.NotEqual(Canonical.Of(pool), Canonical.Of(pool with { Members = [] }));
        Assert.NotEqual(Canonical.Of(pool), Canonical.Of(pool with { Members = [Member with { MonitorPort = 1 }] }));
        Assert.Equal(Canonical.Of(pool), Canonical.Of(pool with { Members = [Member with { }] }));
    }

    [Fact]
    public void Metadata_values_of_different_json_differ()
    {
        static LoadBalancer WithFlavor(string json) => new()
        {
            Id = Guid.Empty,
            ProjectId = "p",
            Flavor = new Dictionary<string, JsonElement> { ["k"] = JsonDocument.Parse(json).RootElement },
        };

        Assert.NotEqual(Canonical.Of(WithFlavor("1")), Canonical.Of(WithFlavor("\"1\"")));
        Assert.Equal(Canonical.Of(WithFlavor("{\"a\":[1]}")), Canonical.Of(WithFlavor("{\"a\":[1]}")));
    }
}
