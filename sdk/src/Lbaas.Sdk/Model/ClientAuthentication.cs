using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists the TLS client authentication modes of a listener.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ClientAuthentication>))]
public enum ClientAuthentication
{
    /// <summary>No client certificate asked for.</summary>
    [JsonStringEnumMemberName("NONE")]
    None,

    /// <summary>A client certificate verified when presented.</summary>
    [JsonStringEnumMemberName("OPTIONAL")]
    Optional,

    /// <summary>A valid client certificate required.</summary>
    [JsonStringEnumMemberName("MANDATORY")]
    Mandatory,
}
