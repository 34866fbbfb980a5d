using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Lists the provisioning states of an object (Octavia <c>provisioning_status</c>).</summary>
/// <remarks>Values travel by their Octavia wire name, shown in <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ProvisioningStatus>))]
public enum ProvisioningStatus
{
    /// <summary>Configured and in service.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    /// <summary>Being created; immutable until settled.</summary>
    [JsonStringEnumMemberName("PENDING_CREATE")]
    PendingCreate,

    /// <summary>Being changed; immutable until settled.</summary>
    [JsonStringEnumMemberName("PENDING_UPDATE")]
    PendingUpdate,

    /// <summary>Being deleted; immutable until settled.</summary>
    [JsonStringEnumMemberName("PENDING_DELETE")]
    PendingDelete,

    /// <summary>Removed; reported by drivers when a delete completes.</summary>
    [JsonStringEnumMemberName("DELETED")]
    Deleted,

    /// <summary>The last operation failed.</summary>
    [JsonStringEnumMemberName("ERROR")]
    Error,
}
