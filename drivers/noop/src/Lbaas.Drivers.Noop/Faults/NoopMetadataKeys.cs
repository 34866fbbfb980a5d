using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Faults;

/// <summary>Names the flavor and availability-zone metadata keys the noop driver understands.</summary>
/// <remarks>
/// The <c>noop_*</c> keys inject faults into every load balancer created with the flavor, so a host or a conformance
/// suite can exercise its failure paths. Operation lists are comma-separated names from
/// <see cref="NoopOperations.AllNames"/> (or a JSON array of them), or <c>*</c> for every operation.
/// </remarks>
public static class NoopMetadataKeys
{
    /// <summary>A number of milliseconds (0 to 600000) to wait before reporting each status.</summary>
    public const string Delay = "noop_delay_ms";

    /// <summary>An operation list; those operations throw <see cref="DriverException"/> (HTTP 500, object ERROR).</summary>
    public const string Fail = "noop_fail";

    /// <summary>An operation list; those operations throw <see cref="UnsupportedOptionException"/> (HTTP 501, rolled back).</summary>
    public const string Unsupported = "noop_unsupported";

    /// <summary>An operation list, or <see langword="true"/> for all; those operations are accepted but never reported.</summary>
    public const string Stuck = "noop_stuck";

    /// <summary>An operation list; those operations are accepted, then reported ERROR (their parents ACTIVE).</summary>
    public const string ReportError = "noop_report_error";

    /// <summary>A positive number N; the Nth call the driver receives for the load balancer throws <see cref="DriverException"/>.</summary>
    public const string FailOnCall = "noop_fail_on_call";

    /// <summary><c>SINGLE</c> (default) or <c>ACTIVE_STANDBY</c>: how many simulated amphorae each load balancer gets.</summary>
    public const string Topology = "loadbalancer_topology";

    /// <summary>An image tag, accepted and ignored as upstream noop does.</summary>
    public const string AmpImageTag = "amp_image_tag";

    /// <summary>An availability-zone key: the compute zone, recorded on the simulated amphorae.</summary>
    public const string ComputeZone = "compute_zone";

    /// <summary>Gets the flavor keys with their descriptions.</summary>
    public static IReadOnlyList<MetadataKey> FlavorKeys { get; } =
    [
        new(Delay, "Milliseconds (0-600000) the noop driver waits before reporting each status change."),
        new(Fail, "Operations (comma-separated, or '*') that fail with a driver error; the object goes to ERROR."),
        new(Unsupported, "Operations (comma-separated, or '*') refused as unsupported options; the change is rolled back."),
        new(Stuck, "Operations (comma-separated, '*', or true) that are accepted but never reported, so they stay PENDING."),
        new(ReportError, "Operations (comma-separated, or '*') that are accepted and then reported ERROR."),
        new(FailOnCall, "A positive number N: the Nth driver call for each load balancer fails with a driver error."),
        new(Topology, "SINGLE or ACTIVE_STANDBY: the number of simulated amphorae per load balancer."),
        new(AmpImageTag, "An amphora image tag; accepted and ignored."),
    ];

    /// <summary>Gets the availability-zone keys with their descriptions.</summary>
    public static IReadOnlyList<MetadataKey> AvailabilityZoneKeys { get; } =
    [
        new(ComputeZone, "The compute zone recorded on the simulated amphorae."),
    ];
}
