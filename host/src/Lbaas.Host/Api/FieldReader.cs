using System.Globalization;
using System.Net;
using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api;

/// <summary>Reads and checks the attributes of one request object, collecting every problem before failing.</summary>
/// <remarks>Absent and <see langword="null"/> stay distinct: the <c>Opt*</c> readers return <see cref="Optional{T}"/> for PUT bodies.</remarks>
public sealed class FieldReader
{
    private readonly JsonElement _obj;
    private readonly List<string> _errors;

    public FieldReader(JsonElement obj, string argumentName, IReadOnlyCollection<string> allowed, List<string> errors)
    {
        _obj = obj;
        _errors = errors;
        if (obj.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ApiException.InvalidInputText(argumentName, obj.ToString(), "Value should be an object"));
            return;
        }

        var unknown = obj.EnumerateObject().Select(p => p.Name).Where(n => !allowed.Contains(n)).ToList();
        if (unknown.Count == 1)
        {
            errors.Add($"Unknown attribute for argument {argumentName}: {unknown[0]}");
        }
        else if (unknown.Count > 1)
        {
            errors.Add($"Unknown attributes for argument {argumentName}: {string.Join(", ", unknown)}");
        }
    }

    public List<string> Errors => _errors;

    /// <summary>Throws one 400 fault holding every collected problem.</summary>
    public static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw ApiException.BadRequest(string.Join(" ", errors.Distinct(StringComparer.Ordinal)));
        }
    }

    public bool Has(string name) => _obj.ValueKind == JsonValueKind.Object && _obj.TryGetProperty(name, out _);

    public bool IsNull(string name) => TryGet(name, out var e) && e.ValueKind == JsonValueKind.Null;

    public bool TryGet(string name, out JsonElement value)
    {
        if (_obj.ValueKind == JsonValueKind.Object && _obj.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public void Fail(string field, string? value, string reason) => _errors.Add(ApiException.InvalidInputText(field, value, reason));

    private void Missing(string name) => Fail(name, null, "Mandatory field missing.");

    private static string Shown(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        _ => e.GetRawText(),
    };

    public string? String(string name, int maxLength = 255, bool required = false)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        return ParseString(name, e, maxLength);
    }

    private string? ParseString(string name, JsonElement e, int maxLength)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            Fail(name, Shown(e), "Value should be string");
            return null;
        }

        var s = e.GetString()!;
        if (s.Length > maxLength)
        {
            Fail(name, s, $"Value should have a maximum character requirement of {maxLength}");
            return null;
        }

        return s;
    }

    public Optional<string?> OptString(string name, int maxLength = 255)
    {
        if (!TryGet(name, out var e))
        {
            return default;
        }

        return e.ValueKind == JsonValueKind.Null ? new Optional<string?>(null) : new Optional<string?>(ParseString(name, e, maxLength));
    }

    public int? Int(string name, int min, int max, bool required = false)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        return ParseInt(name, e, min, max);
    }

    private int? ParseInt(string name, JsonElement e, int min, int max)
    {
        int value;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n))
        {
            value = n;
        }
        else if (e.ValueKind == JsonValueKind.String && int.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p))
        {
            value = p;
        }
        else
        {
            Fail(name, Shown(e), "Value should be integer");
            return null;
        }

        if (value < min)
        {
            Fail(name, value.ToString(CultureInfo.InvariantCulture), $"Value should be greater or equal to {min}");
            return null;
        }

        if (value > max)
        {
            Fail(name, value.ToString(CultureInfo.InvariantCulture), $"Value should be lower or equal to {max}");
            return null;
        }

        return value;
    }

    /// <summary>Reads an integer for PUT: absent is unset, <see langword="null"/> is a set null.</summary>
    public Optional<int?> OptInt(string name, int min, int max)
    {
        if (!TryGet(name, out var e))
        {
            return default;
        }

        return e.ValueKind == JsonValueKind.Null ? new Optional<int?>(null) : new Optional<int?>(ParseInt(name, e, min, max));
    }

    /// <summary>Reads a boolean; a JSON <see langword="null"/> counts as <see langword="false"/>, as in Octavia.</summary>
    public bool? Bool(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        return ParseBool(name, e);
    }

    private bool? ParseBool(string name, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return false;
            case JsonValueKind.String when bool.TryParse(e.GetString(), out var b):
                return b;
            default:
                Fail(name, Shown(e), "Value should be boolean");
                return null;
        }
    }

    public Optional<bool> OptBool(string name)
    {
        if (!TryGet(name, out var e))
        {
            return default;
        }

        return ParseBool(name, e) is { } b ? new Optional<bool>(b) : default;
    }

    public Guid? Uuid(string name, bool required = false)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        return ParseUuid(name, e);
    }

    private Guid? ParseUuid(string name, JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String && Guid.TryParse(e.GetString(), out var g))
        {
            return g;
        }

        Fail(name, Shown(e), "Value should be UUID format");
        return null;
    }

    public Optional<Guid?> OptUuid(string name)
    {
        if (!TryGet(name, out var e))
        {
            return default;
        }

        return e.ValueKind == JsonValueKind.Null ? new Optional<Guid?>(null) : new Optional<Guid?>(ParseUuid(name, e));
    }

    /// <summary>Reads an enumeration value by its Octavia name (exact case).</summary>
    public TEnum? Enum<TEnum>(string name, bool required = false)
        where TEnum : struct, System.Enum
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        return ParseEnum<TEnum>(name, e);
    }

    private TEnum? ParseEnum<TEnum>(string name, JsonElement e)
        where TEnum : struct, System.Enum
    {
        var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (text is not null && WireName.TryParse<TEnum>(text, out var value)
            && string.Equals(WireName.Of(value), text, StringComparison.Ordinal))
        {
            return value;
        }

        Fail(name, Shown(e), $"Value should be one of: {string.Join(", ", WireName.All<TEnum>())}");
        return null;
    }

    /// <summary>Reads an enumeration restricted to some of its values.</summary>
    public TEnum? Enum<TEnum>(string name, IReadOnlyList<TEnum> allowed, bool required = false)
        where TEnum : struct, System.Enum
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (text is not null && WireName.TryParse<TEnum>(text, out var value) && allowed.Contains(value)
            && string.Equals(WireName.Of(value), text, StringComparison.Ordinal))
        {
            return value;
        }

        Fail(name, Shown(e), $"Value should be one of: {string.Join(", ", allowed.Select(a => WireName.Of(a)))}");
        return null;
    }

    /// <summary>Reads a string enumeration given as a list of accepted texts.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required = false)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (text is not null && allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        Fail(name, Shown(e), $"Value should be one of: {string.Join(", ", allowed)}");
        return null;
    }

    public IPAddress? Ip(string name, bool required = false)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Missing(name);
            }

            return null;
        }

        return ParseIp(name, e);
    }

    private IPAddress? ParseIp(string name, JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String && IPAddress.TryParse(e.GetString(), out var ip)
            && (e.GetString()!.Contains(':', StringComparison.Ordinal) || e.GetString()!.Count(c => c == '.') == 3))
        {
            return ip;
        }

        Fail(name, Shown(e), "Value should be IPv4 or IPv6 format");
        return null;
    }

    public Optional<IPAddress?> OptIp(string name)
    {
        if (!TryGet(name, out var e))
        {
            return default;
        }

        return e.ValueKind == JsonValueKind.Null ? new Optional<IPAddress?>(null) : new Optional<IPAddress?>(ParseIp(name, e));
    }

    /// <summary>Reads a list of strings; <see langword="null"/> when absent or JSON null.</summary>
    public List<string>? StringList(string name, int maxItemLength = 255)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Fail(name, Shown(e), "Value should be a list");
            return null;
        }

        var list = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            if (ParseString(name, item, maxItemLength) is { } s)
            {
                list.Add(s);
            }
        }

        return list;
    }

    /// <summary>Reads a string-to-string map.</summary>
    public Dictionary<string, string>? StringMap(string name)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            Fail(name, Shown(e), "Value should be a dict");
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            map[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : Shown(p.Value);
        }

        return map;
    }

    /// <summary>Reads a list of objects.</summary>
    public List<JsonElement>? ObjectList(string name)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Fail(name, Shown(e), "Value should be a list");
            return null;
        }

        return e.EnumerateArray().ToList();
    }

    /// <summary>Reads a floating-point number.</summary>
    public double? Double(string name)
    {
        if (!TryGet(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d))
        {
            return d;
        }

        if (e.ValueKind == JsonValueKind.String && double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
        {
            return p;
        }

        Fail(name, Shown(e), "Value should be float");
        return null;
    }
}
