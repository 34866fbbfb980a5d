namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Is what flavor profiles and availability-zone profiles share: a provider and metadata for it.</summary>
public interface IProviderProfile
{
    Guid Id { get; set; }

    string Name { get; set; }

    string ProviderName { get; set; }

    /// <summary>Gets or sets the metadata as the JSON object text the user sent.</summary>
    string Data { get; set; }
}
