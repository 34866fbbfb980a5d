using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists listener and pool protocols.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Protocol>))]
public enum Protocol
{
    /// <summary>Plain HTTP.</summary>
    [JsonStringEnumMemberName("HTTP")]
    Http,

    /// <summary>HTTPS passed through (TLS not terminated), or TLS to members for pools.</summary>
    [JsonStringEnumMemberName("HTTPS")]
    Https,

    /// <summary>Plain TCP.</summary>
    [JsonStringEnumMemberName("TCP")]
    Tcp,

    /// <summary>HTTPS terminated at the load balancer (listeners only).</summary>
    [JsonStringEnumMemberName("TERMINATED_HTTPS")]
    TerminatedHttps,

    /// <summary>UDP.</summary>
    [JsonStringEnumMemberName("UDP")]
    Udp,

    /// <summary>SCTP.</summary>
    [JsonStringEnumMemberName("SCTP")]
    Sctp,

    /// <summary>Prometheus metrics endpoint of the load balancer (listeners only).</summary>
    [JsonStringEnumMemberName("PROMETHEUS")]
    Prometheus,

    /// <summary>TCP with the PROXY protocol v1 towards members (pools only).</summary>
    [JsonStringEnumMemberName("PROXY")]
    Proxy,

    /// <summary>TCP with the PROXY protocol v2 towards members (pools only).</summary>
    [JsonStringEnumMemberName("PROXYV2")]
    ProxyV2,
}
