namespace Lbaas.Sdk.V1;

/// <summary>Describes one ingress or egress rule of a security group.</summary>
public sealed record SecurityGroupRule
{
    /// <summary>Gets the direction: <c>ingress</c> or <c>egress</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>Gets the IP protocol (<c>tcp</c>, <c>udp</c>, <c>sctp</c>, <c>icmp</c>), or <see langword="null"/> for any.</summary>
    public string? Protocol { get; init; }

    /// <summary>Gets the first port of the range.</summary>
    public int? PortRangeMin { get; init; }

    /// <summary>Gets the last port of the range.</summary>
    public int? PortRangeMax { get; init; }

    /// <summary>Gets the remote network allowed, or <see langword="null"/> for any.</summary>
    public string? RemoteIpPrefix { get; init; }
}
