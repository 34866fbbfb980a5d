namespace Lbaas.Host.Persistence;

/// <summary>Names the provisioning statuses as Octavia stores and renders them.</summary>
public static class ProvisioningStatuses
{
    public const string Active = "ACTIVE";
    public const string PendingCreate = "PENDING_CREATE";
    public const string PendingUpdate = "PENDING_UPDATE";
    public const string PendingDelete = "PENDING_DELETE";
    public const string Deleted = "DELETED";
    public const string Error = "ERROR";

    /// <summary>Tells whether a status is one of the PENDING_* states.</summary>
    public static bool IsPending(string status) => status.StartsWith("PENDING_", StringComparison.Ordinal);
}
