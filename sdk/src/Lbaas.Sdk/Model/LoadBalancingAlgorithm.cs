using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists the algorithms a pool uses to choose a member.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<LoadBalancingAlgorithm>))]
public enum LoadBalancingAlgorithm
{
    /// <summary>Each member in turn, weighted.</summary>
    [JsonStringEnumMemberName("ROUND_ROBIN")]
    RoundRobin,

    /// <summary>The member with the fewest active connections.</summary>
    [JsonStringEnumMemberName("LEAST_CONNECTIONS")]
    LeastConnections,

    /// <summary>A hash of the client address.</summary>
    [JsonStringEnumMemberName("SOURCE_IP")]
    SourceIp,

    /// <summary>A hash of the client address and port.</summary>
    [JsonStringEnumMemberName("SOURCE_IP_PORT")]
    SourceIpPort,
}
