using System.Collections.Frozen;
using System.Text.Json;

namespace Lbaas.Sdk.V1;

/// <summary>Provides the shared empty flavor or availability-zone metadata.</summary>
public static class EmptyMetadata
{
    /// <summary>Gets an empty metadata map.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Instance { get; } = FrozenDictionary<string, JsonElement>.Empty;
}
