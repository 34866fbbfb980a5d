namespace Lbaas.Host.NetworkCatalog;

/// <summary>Configures the network catalog: the networks and subnets the host serves (<c>Lbaas:Networks</c>).</summary>
public sealed class NetworkCatalogOptions
{
    /// <summary>The configuration section that holds the network list.</summary>
    public const string SectionName = "Lbaas:Networks";

    /// <summary>The loopback network VIPs are allocated on by default.</summary>
    public static readonly Guid VipNetworkId = new("7d3c6a2e-1f0b-4c5e-9a41-000000000100");

    /// <summary>The loopback subnet VIPs are allocated from by default (<c>127.0.100.0/24</c>).</summary>
    public static readonly Guid VipSubnetId = new("7d3c6a2e-1f0b-4c5e-9a41-000000000101");

    /// <summary>The loopback network members live on by default.</summary>
    public static readonly Guid MemberNetworkId = new("7d3c6a2e-1f0b-4c5e-9a41-000000000200");

    /// <summary>The loopback subnet members live on by default (<c>127.0.200.0/24</c>).</summary>
    public static readonly Guid MemberSubnetId = new("7d3c6a2e-1f0b-4c5e-9a41-000000000201");

    /// <summary>Gets or sets the networks; when none are configured, <see cref="CreateDefaultNetworks"/> applies.</summary>
    public List<NetworkDefinition> Networks { get; set; } = [];

    /// <summary>Builds the default catalog: a loopback VIP network and a loopback member network.</summary>
    /// <returns>The default networks.</returns>
    public static List<NetworkDefinition> CreateDefaultNetworks() =>
    [
        new()
        {
            Id = VipNetworkId,
            Name = "lb-vip-net",
            Subnets = [new() { Id = VipSubnetId, Name = "lb-vip-subnet", Cidr = "127.0.100.0/24", GatewayIp = "127.0.100.1" }],
        },
        new()
        {
            Id = MemberNetworkId,
            Name = "lb-member-net",
            Subnets = [new() { Id = MemberSubnetId, Name = "lb-member-subnet", Cidr = "127.0.200.0/24", GatewayIp = "127.0.200.1" }],
        },
    ];
}
