namespace Lbaas.Host.Persistence;

/// <summary>Holds what every Octavia object row shares: identity, owner, statuses, tags and timestamps.</summary>
public abstract class ProvisionedEntity
{
    public Guid Id { get; set; }

    public string ProjectId { get; set; } = "";

    public bool AdminStateUp { get; set; } = true;

    public string ProvisioningStatus { get; set; } = ProvisioningStatuses.PendingCreate;

    public string OperatingStatus { get; set; } = OperatingStatuses.Offline;

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
