using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists the operating states of an object (Octavia <c>operating_status</c>).</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OperatingStatus>))]
public enum OperatingStatus
{
    /// <summary>Serving traffic.</summary>
    [JsonStringEnumMemberName("ONLINE")]
    Online,

    /// <summary>Not serving traffic, for example administratively down.</summary>
    [JsonStringEnumMemberName("OFFLINE")]
    Offline,

    /// <summary>Serving with some members down.</summary>
    [JsonStringEnumMemberName("DEGRADED")]
    Degraded,

    /// <summary>Not serving because of a fault.</summary>
    [JsonStringEnumMemberName("ERROR")]
    Error,

    /// <summary>Finishing existing connections, accepting no new ones.</summary>
    [JsonStringEnumMemberName("DRAINING")]
    Draining,

    /// <summary>No health monitor reports on this member.</summary>
    [JsonStringEnumMemberName("NO_MONITOR")]
    NoMonitor,
}
