using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Renders any contract value as canonical text, so that two values are equal exactly when every field,
/// every <see cref="Optional{T}"/> state (unset, null, value), every list and every metadata value is equal.</summary>
/// <remarks>Records compare lists by reference and <see cref="JsonElement"/> has no equality, so record equality and
/// <c>Assert.Equivalent</c> cannot tell a lost field; this walks every public property and field instead.</remarks>
public static class Canonical
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                return;
            case bool or int or long or Guid or Enum:
                text.Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case double d:
                text.Append("double:").Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset t:
                text.Append("time:").Append(t.ToString("O", CultureInfo.InvariantCulture));
                return;
            case IPAddress a:
                text.Append("ip:").Append(a).Append('/').Append(a.AddressFamily);
                return;
            case IPNetwork n:
                text.Append("cidr:").Append(n);
                return;
            case JsonElement j:
                text.Append("json:").Append(j.GetRawText());
                return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            if ((bool)type.GetProperty(nameof(Optional<int>.HasValue))!.GetValue(value)!)
            {
                text.Append("set(");
                Write(text, type.GetProperty(nameof(Optional<int>.Value))!.GetValue(value));
                text.Append(')');
            }
            else
            {
                text.Append("unset");
            }

            return;
        }

        if (value is IEnumerable sequence)
        {
            var items = sequence.Cast<object?>().Select(Of).ToList();
            if (IsDictionary(type))
            {
                items.Sort(StringComparer.Ordinal);
            }

            text.Append('[').AppendJoin(',', items).Append(']');
            return;
        }

        text.Append(type.Name).Append('{');
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Value: p.GetValue(value)))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Value: f.GetValue(value))))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var (name, memberValue) in members)
        {
            text.Append(name).Append('=');
            Write(text, memberValue);
            text.Append(';');
        }

        text.Append('}');
    }

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
}
