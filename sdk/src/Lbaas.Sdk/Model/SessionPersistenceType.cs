using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists the session persistence (stickiness) types of a pool.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SessionPersistenceType>))]
public enum SessionPersistenceType
{
    /// <summary>By client address.</summary>
    [JsonStringEnumMemberName("SOURCE_IP")]
    SourceIp,

    /// <summary>By a cookie the load balancer inserts.</summary>
    [JsonStringEnumMemberName("HTTP_COOKIE")]
    HttpCookie,

    /// <summary>By a cookie the application sets.</summary>
    [JsonStringEnumMemberName("APP_COOKIE")]
    AppCookie,
}
