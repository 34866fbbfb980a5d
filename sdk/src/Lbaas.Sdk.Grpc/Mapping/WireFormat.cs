using System.Globalization;
using System.Net;
using System.Text.Json;
using Google.Protobuf.Collections;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Converts scalar contract values to and from their wire strings.</summary>
/// <remarks>Every parse failure is a <see cref="FormatException"/> naming the field, so a server can answer
/// INVALID_ARGUMENT for a malformed message without mistaking it for a driver failure.</remarks>
internal static class WireFormat
{
    private const string TimestampFormat = "O";

    public static string FromId(Guid id) => id.ToString("D");

    public static Guid ToId(string value, string field) =>
        Guid.TryParseExact(value, "D", out var id) ? id : throw Malformed(field, value, "a UUID");

    public static Guid? ToNullableId(bool has, string value, string field) => has ? ToId(value, field) : null;

    public static string FromAddress(IPAddress address) => address.ToString();

    public static IPAddress ToAddress(string value, string field) =>
        IPAddress.TryParse(value, out var address) ? address : throw Malformed(field, value, "an IP address");

    public static IPAddress? ToNullableAddress(bool has, string value, string field) =>
        has ? ToAddress(value, field) : null;

    public static string FromCidr(IPNetwork network) => network.ToString();

    public static IPNetwork ToCidr(string value, string field) =>
        IPNetwork.TryParse(value, out var network) ? network : throw Malformed(field, value, "a CIDR");

    public static string FromEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => WireName.Of(value);

    public static TEnum ToEnum<TEnum>(string value, string field)
        where TEnum : struct, Enum =>
        WireName.TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw Malformed(field, value, $"one of {string.Join(", ", WireName.All<TEnum>())}");

    public static string FromTimestamp(DateTimeOffset value) => value.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ToNullableTimestamp(bool has, string value, string field) =>
        !has ? null
        : DateTimeOffset.TryParseExact(value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw Malformed(field, value, "an RFC 3339 timestamp");

    public static void CopyMetadata(IReadOnlyDictionary<string, JsonElement> metadata, MapField<string, string> target)
    {
        foreach (var (key, value) in metadata)
        {
            target[key] = value.GetRawText();
        }
    }

    public static IReadOnlyDictionary<string, JsonElement> ToMetadata(MapField<string, string> source, string field)
    {
        if (source.Count == 0)
        {
            return EmptyMetadata.Instance;
        }

        var metadata = new Dictionary<string, JsonElement>(source.Count, StringComparer.Ordinal);
        foreach (var (key, json) in source)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                metadata[key] = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new FormatException($"Field '{field}[{key}]' is not valid JSON: {e.Message}", e);
            }
        }

        return metadata;
    }

    public static void CopyStrings(IReadOnlyDictionary<string, string> source, MapField<string, string> target)
    {
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }

    public static IReadOnlyDictionary<string, string> ToStrings(MapField<string, string> source) =>
        new Dictionary<string, string>(source, StringComparer.Ordinal);

    public static T Required<T>(T? message, string field)
        where T : class => message ?? throw new FormatException($"Field '{field}' is required but absent.");

    private static FormatException Malformed(string field, string value, string expected) =>
        new($"Field '{field}' must be {expected}, but was '{value}'.");
}
