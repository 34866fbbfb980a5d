using System.Text.Json;

namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to check flavor or availability-zone metadata before it is stored or used.</summary>
public sealed record ValidateMetadataRequest
{
    /// <summary>Gets the metadata (a flavor profile's <c>flavor_data</c> or an AZ profile's data).</summary>
    public required IReadOnlyDictionary<string, JsonElement> Metadata { get; init; }
}
