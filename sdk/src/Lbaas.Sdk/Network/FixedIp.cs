using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes an address a port holds on a subnet.</summary>
/// <param name="SubnetId">The subnet.</param>
/// <param name="IpAddress">The address.</param>
public sealed record FixedIp(Guid SubnetId, IPAddress IpAddress);
