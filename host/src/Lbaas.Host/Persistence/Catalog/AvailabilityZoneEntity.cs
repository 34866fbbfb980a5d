namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores an availability zone, keyed by its name as in Octavia.</summary>
public sealed class AvailabilityZoneEntity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    public Guid AvailabilityZoneProfileId { get; set; }
}
