using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Renders a list of ids as Octavia's <c>[{"id": ...}]</c>.</summary>
/// <param name="Ids">The ids.</param>
public sealed record IdRefs(IReadOnlyList<Guid> Ids) : IJsonValue
{
    public static IdRefs Empty { get; } = new([]);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var id in Ids)
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
