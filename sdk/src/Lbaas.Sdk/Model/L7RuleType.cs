using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists what an L7 rule inspects.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<L7RuleType>))]
public enum L7RuleType
{
    /// <summary>The Host header.</summary>
    [JsonStringEnumMemberName("HOST_NAME")]
    HostName,

    /// <summary>The request path.</summary>
    [JsonStringEnumMemberName("PATH")]
    Path,

    /// <summary>The extension of the requested file.</summary>
    [JsonStringEnumMemberName("FILE_TYPE")]
    FileType,

    /// <summary>A request header named by the key.</summary>
    [JsonStringEnumMemberName("HEADER")]
    Header,

    /// <summary>A cookie named by the key.</summary>
    [JsonStringEnumMemberName("COOKIE")]
    Cookie,

    /// <summary>Whether the client presented a certificate.</summary>
    [JsonStringEnumMemberName("SSL_CONN_HAS_CERT")]
    SslConnHasCert,

    /// <summary>The client certificate verification result.</summary>
    [JsonStringEnumMemberName("SSL_VERIFY_RESULT")]
    SslVerifyResult,

    /// <summary>A field of the client certificate's distinguished name.</summary>
    [JsonStringEnumMemberName("SSL_DN_FIELD")]
    SslDnField,
}
