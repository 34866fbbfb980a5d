using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists what an L7 policy does when its rules match.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<L7PolicyAction>))]
public enum L7PolicyAction
{
    /// <summary>Refuse the request.</summary>
    [JsonStringEnumMemberName("REJECT")]
    Reject,

    /// <summary>Redirect to a fixed URL.</summary>
    [JsonStringEnumMemberName("REDIRECT_TO_URL")]
    RedirectToUrl,

    /// <summary>Send the request to another pool.</summary>
    [JsonStringEnumMemberName("REDIRECT_TO_POOL")]
    RedirectToPool,

    /// <summary>Redirect, keeping the path, to a new prefix.</summary>
    [JsonStringEnumMemberName("REDIRECT_PREFIX")]
    RedirectPrefix,
}
