using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Is a nested value that renders itself into a response.</summary>
public interface IJsonValue
{
    /// <summary>Writes the value at the writer's current position.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
