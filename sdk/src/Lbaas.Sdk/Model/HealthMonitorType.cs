using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists health monitor probe types.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<HealthMonitorType>))]
public enum HealthMonitorType
{
    /// <summary>An HTTP request.</summary>
    [JsonStringEnumMemberName("HTTP")]
    Http,

    /// <summary>An HTTPS request.</summary>
    [JsonStringEnumMemberName("HTTPS")]
    Https,

    /// <summary>An ICMP echo.</summary>
    [JsonStringEnumMemberName("PING")]
    Ping,

    /// <summary>A TCP connect.</summary>
    [JsonStringEnumMemberName("TCP")]
    Tcp,

    /// <summary>A TLS handshake.</summary>
    [JsonStringEnumMemberName("TLS-HELLO")]
    TlsHello,

    /// <summary>A UDP probe.</summary>
    [JsonStringEnumMemberName("UDP-CONNECT")]
    UdpConnect,

    /// <summary>An SCTP probe.</summary>
    [JsonStringEnumMemberName("SCTP")]
    Sctp,
}
