namespace Lbaas.Sdk.V1;

/// <summary>Names the optional features a driver can declare in <see cref="Capabilities.Features"/>.</summary>
/// <remarks>New minors add names; a host ignores names it does not know.</remarks>
public static class ProviderFeature
{
    /// <summary>L7 policies and rules.</summary>
    public const string L7 = "l7";

    /// <summary>TERMINATED_HTTPS listeners and TLS towards members.</summary>
    public const string TlsTermination = "tls_termination";

    /// <summary>UDP listeners and pools.</summary>
    public const string Udp = "udp";

    /// <summary>SCTP listeners and pools.</summary>
    public const string Sctp = "sctp";

    /// <summary>The ACTIVE_STANDBY topology.</summary>
    public const string ActiveStandby = "active_standby";

    /// <summary>Load balancer failover that rebuilds the data plane.</summary>
    public const string Failover = "failover";

    /// <summary>Member batch update in one call.</summary>
    public const string MemberBatch = "member_batch";

    /// <summary>Flavor metadata.</summary>
    public const string Flavors = "flavors";

    /// <summary>Availability-zone metadata.</summary>
    public const string AvailabilityZones = "availability_zones";

    /// <summary>Listener statistics reported through <see cref="IDriverLib"/>.</summary>
    public const string Stats = "stats";

    /// <summary>The driver creates VIP ports itself (<see cref="IProviderDriver.CreateVipPortAsync"/>).</summary>
    public const string VipPort = "vip_port";

    /// <summary>Additional VIPs on a load balancer.</summary>
    public const string AdditionalVips = "additional_vips";

    /// <summary>Amphora administration (<see cref="IAmphoraAdministration"/>).</summary>
    public const string AmphoraAdministration = "amphora_administration";

    /// <summary>Answers the host's status queries (<see cref="IStatusQuery"/>); added in contract 1.1.</summary>
    public const string StatusQuery = "status_query";

    /// <summary>Lists every feature this contract version names.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        L7, TlsTermination, Udp, Sctp, ActiveStandby, Failover, MemberBatch, Flavors, AvailabilityZones, Stats,
        VipPort, AdditionalVips, AmphoraAdministration, StatusQuery,
    ];
}
