namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores a flavor profile: a provider and the metadata it applies.</summary>
public sealed class FlavorProfileEntity : IProviderProfile
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string ProviderName { get; set; } = "";

    /// <summary>Gets or sets the metadata as the JSON object text the user sent.</summary>
    public string FlavorData { get; set; } = "{}";

    string IProviderProfile.Data
    {
        get => FlavorData;
        set => FlavorData = value;
    }
}
