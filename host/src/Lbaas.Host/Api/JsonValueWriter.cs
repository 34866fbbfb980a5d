using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Writes field values in Octavia's shapes and turns them into filter and sort keys.</summary>
public static class JsonValueWriter
{
    /// <summary>Octavia's timestamp format: ISO 8601 without a zone or fraction.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>Writes one value.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case Guid g:
                writer.WriteStringValue(g);
                break;
            case DateTime t:
                Span<char> text = stackalloc char[19];
                t.TryFormat(text, out var written, TimestampFormat, CultureInfo.InvariantCulture);
                writer.WriteStringValue(text[..written]);
                break;
            case IJsonValue v:
                v.WriteTo(writer);
                break;
            case JsonElement e:
                e.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, string> map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WriteString(k, v);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Turns a scalar value into the text a query-string filter is compared with; <see langword="null"/> when not filterable.</summary>
    public static string? FilterText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        DateTime t => t.ToString(TimestampFormat, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Compares two field values for sorting; <see langword="null"/> sorts first.</summary>
    public static int Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        return (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (Guid x, Guid y) => string.CompareOrdinal(x.ToString("D"), y.ToString("D")),
            (IComparable x, _) when a.GetType() == b.GetType() => x.CompareTo(b),
            _ => string.CompareOrdinal(FilterText(a), FilterText(b)),
        };
    }
}
