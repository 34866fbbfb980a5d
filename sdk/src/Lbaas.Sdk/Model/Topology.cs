using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists load balancer topologies.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Topology>))]
public enum Topology
{
    /// <summary>One data-plane instance.</summary>
    [JsonStringEnumMemberName("SINGLE")]
    Single,

    /// <summary>Two instances, one standing by.</summary>
    [JsonStringEnumMemberName("ACTIVE_STANDBY")]
    ActiveStandby,
}
