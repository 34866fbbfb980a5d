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

    /// <summary>Gets the fields responses show, in response order.</summary>
    public IReadOnlyList<ResourceField<T>> Rendered => _rendered;

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

            WriteField(writer, field, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one object, letting <paramref name="replace"/> render or drop some fields (a full graph reply).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The item.</param>
    /// <param name="replace">Writes a field (name and value) or nothing, and returns <see langword="true"/>; <see langword="false"/> renders it as usual.</param>
    public void WriteObject(Utf8JsonWriter writer, T item, Func<Utf8JsonWriter, string, bool> replace)
    {
        writer.WriteStartObject();
        foreach (var field in _rendered)
        {
            if (!replace(writer, field.Name))
            {
                WriteField(writer, field, item);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, ResourceField<T> field, T item)
    {
        var value = field.Get(item);
        if (value is null && field.OmitWhenNull)
        {
            return;
        }

        writer.WritePropertyName(field.EncodedName);
        JsonValueWriter.Write(writer, value);
    }
}
