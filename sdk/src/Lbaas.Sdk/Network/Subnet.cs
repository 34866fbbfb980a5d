using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a subnet: an address range on a network.</summary>
public sealed record Subnet
{
    /// <summary>Gets the subnet's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the network the subnet is on.</summary>
    public required Guid NetworkId { get; init; }

    /// <summary>Gets the owning project, empty for shared subnets.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Gets the address range.</summary>
    public required IPNetwork Cidr { get; init; }

    /// <summary>Gets the gateway address, if any.</summary>
    public IPAddress? GatewayIp { get; init; }

    /// <summary>Gets the IP version, 4 or 6.</summary>
    public int IpVersion => Cidr.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 6 : 4;
}
