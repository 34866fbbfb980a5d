using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes one amphora (a data-plane instance) as the Octavia admin API shows it.</summary>
public sealed record Amphora
{
    /// <summary>Gets the amphora's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the load balancer it serves, if any (a spare serves none).</summary>
    public Guid? LoadBalancerId { get; init; }

    /// <summary>Gets the compute instance ID.</summary>
    public string? ComputeId { get; init; }

    /// <summary>Gets the management network address.</summary>
    public IPAddress? LbNetworkIp { get; init; }

    /// <summary>Gets the VRRP address.</summary>
    public IPAddress? VrrpIp { get; init; }

    /// <summary>Gets the highly available (VIP) address.</summary>
    public IPAddress? HaIp { get; init; }

    /// <summary>Gets the VRRP port.</summary>
    public Guid? VrrpPortId { get; init; }

    /// <summary>Gets the VIP port.</summary>
    public Guid? HaPortId { get; init; }

    /// <summary>Gets when the amphora's certificate expires.</summary>
    public DateTimeOffset? CertExpiration { get; init; }

    /// <summary>Gets a value indicating whether the certificate is being rotated.</summary>
    public bool CertBusy { get; init; }

    /// <summary>Gets the role: <c>STANDALONE</c>, <c>MASTER</c> or <c>BACKUP</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the status, for example <c>READY</c>, <c>ALLOCATED</c>, <c>BOOTING</c>, <c>ERROR</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the VRRP interface name.</summary>
    public string? VrrpInterface { get; init; }

    /// <summary>Gets the VRRP router ID.</summary>
    public int? VrrpId { get; init; }

    /// <summary>Gets the VRRP priority.</summary>
    public int? VrrpPriority { get; init; }

    /// <summary>Gets the zone the instance runs in.</summary>
    public string? CachedZone { get; init; }

    /// <summary>Gets the image the instance was built from.</summary>
    public string? ImageId { get; init; }

    /// <summary>Gets the compute flavor.</summary>
    public string? ComputeFlavor { get; init; }

    /// <summary>Gets when the amphora was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the amphora last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
