using Lbaas.Host.Persistence.Catalog;

namespace Lbaas.Host.Api.Flavors;

/// <summary>Describes flavors and flavor profiles as the API renders, filters and sorts them.</summary>
internal static class FlavorSchemas
{
    public static ResourceSchema<FlavorEntity> Flavor { get; } = new("flavor", "flavors", "flavors_links",
    [
        new("id", f => f.Id),
        new("name", f => f.Name),
        new("description", f => f.Description ?? ""),
        new("enabled", f => f.Enabled),
        new("flavor_profile_id", f => f.FlavorProfileId),
    ]);

    public static ResourceSchema<FlavorProfileEntity> FlavorProfile { get; } = new("flavorprofile", "flavorprofiles",
        "flavorprofile_links",
    [
        new("id", p => p.Id),
        new("name", p => p.Name),
        new("provider_name", p => p.ProviderName),
        new("flavor_data", p => p.FlavorData),
    ]);
}
