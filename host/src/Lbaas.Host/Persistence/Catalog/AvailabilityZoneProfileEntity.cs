namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores an availability-zone profile: a provider and the zone metadata it applies.</summary>
public sealed class AvailabilityZoneProfileEntity : IProviderProfile
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string ProviderName { get; set; } = "";

    /// <summary>Gets or sets the metadata as the JSON object text the user sent.</summary>
    public string AvailabilityZoneData { get; set; } = "{}";

    string IProviderProfile.Data
    {
        get => AvailabilityZoneData;
        set => AvailabilityZoneData = value;
    }
}
