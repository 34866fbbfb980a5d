namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores a flavor: a named, user-visible choice of flavor profile.</summary>
public sealed class FlavorEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    public Guid FlavorProfileId { get; set; }
}
