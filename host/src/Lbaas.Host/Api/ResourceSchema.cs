using System.Collections.Frozen;
using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Describes how a resource renders: its envelope keys and its fields in response order.</summary>
/// <typeparam name="T">The resource view.</typeparam>
public sealed class ResourceSchema<T>
{
    private readonly ResourceField<T>[] _rendered;

    public ResourceSchema(string singular, string plural, string linksKey, IEnumerable<ResourceField<T>> fields)
    {
        Singular = singular;
        Plural = plural;
        LinksKey = linksKey;
        var all = fields.ToArray();
        _rendered = all.Where(f => f.Rendered).ToArray();
        Fields = all.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public string Singular { get; }

    public string Plural { get; }

    public string LinksKey { get; }

    public FrozenDictionary<string, ResourceField<T>> Fields { get; }

    /// <summary>Writes one object, limited to <paramref name="selection"/> when given.</summary>
    public void WriteObject(Utf8JsonWriter writer, T item, IReadOnlySet<string>? selection = null)
    {
        writer.WriteStartObject();
        foreach (var field in _rendered)
        {
            if (selection is not null && !selection.Contains(field.Name))
            {
                continue;
            }

            writer.WritePropertyName(field.Name);
            JsonValueWriter.Write(writer, field.Get(item));
        }

        writer.WriteEndObject();
    }
}
