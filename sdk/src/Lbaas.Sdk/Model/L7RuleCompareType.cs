using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists how an L7 rule compares the inspected value.</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<L7RuleCompareType>))]
public enum L7RuleCompareType
{
    /// <summary>A regular expression match.</summary>
    [JsonStringEnumMemberName("REGEX")]
    Regex,

    /// <summary>A prefix match.</summary>
    [JsonStringEnumMemberName("STARTS_WITH")]
    StartsWith,

    /// <summary>A suffix match.</summary>
    [JsonStringEnumMemberName("ENDS_WITH")]
    EndsWith,

    /// <summary>A substring match.</summary>
    [JsonStringEnumMemberName("CONTAINS")]
    Contains,

    /// <summary>An exact match.</summary>
    [JsonStringEnumMemberName("EQUAL_TO")]
    EqualTo,
}
