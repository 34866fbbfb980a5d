using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Tests;

public sealed class WireNameTests
{
    [Theory]
    [InlineData(HealthMonitorType.TlsHello, "TLS-HELLO")]
    [InlineData(HealthMonitorType.UdpConnect, "UDP-CONNECT")]
    [InlineData(Protocol.TerminatedHttps, "TERMINATED_HTTPS")]
    [InlineData(Protocol.ProxyV2, "PROXYV2")]
    public void Enumerations_use_the_octavia_wire_names<TEnum>(TEnum value, string wire)
        where TEnum : struct, Enum
    {
        Assert.Equal(wire, WireName.Of(value));
        Assert.Equal(value, WireName.Parse<TEnum>(wire.ToLowerInvariant()));
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(value));
    }

    [Fact]
    public void Every_member_of_every_contract_enumeration_round_trips_through_its_wire_name()
    {
        AssertRoundTrips<ProvisioningStatus>();
        AssertRoundTrips<OperatingStatus>();
        AssertRoundTrips<Protocol>();
        AssertRoundTrips<LoadBalancingAlgorithm>();
        AssertRoundTrips<SessionPersistenceType>();
        AssertRoundTrips<HealthMonitorType>();
        AssertRoundTrips<L7PolicyAction>();
        AssertRoundTrips<L7RuleType>();
        AssertRoundTrips<L7RuleCompareType>();
        AssertRoundTrips<ClientAuthentication>();
        AssertRoundTrips<Topology>();
    }

    [Fact]
    public void An_unknown_wire_name_is_refused_with_the_accepted_names()
    {
        var error = Assert.Throws<FormatException>(() => WireName.Parse<LoadBalancingAlgorithm>("RANDOM"));

        Assert.Contains("ROUND_ROBIN", error.Message, StringComparison.Ordinal);
    }

    private static void AssertRoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(value, WireName.Parse<TEnum>(WireName.Of(value)));
        }

        Assert.Equal(Enum.GetValues<TEnum>().Length, WireName.All<TEnum>().Distinct().Count());
    }
}
