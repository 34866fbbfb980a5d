namespace Lbaas.Sdk.V1;

/// <summary>Describes one flavor or availability-zone metadata key a driver understands.</summary>
/// <param name="Name">The key.</param>
/// <param name="Description">What the key does, shown to operators.</param>
public sealed record MetadataKey(string Name, string Description);
