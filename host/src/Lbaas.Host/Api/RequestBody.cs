using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Reads a JSON request body; malformed or empty bodies are 400 faults, never 500s.</summary>
public static class RequestBody
{
    /// <summary>Parses the whole body.</summary>
    public static async Task<JsonElement> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw ApiException.BadRequest("The request body is not valid JSON.");
        }
    }

    /// <summary>Returns the object under the envelope key, or raises the missing-field fault.</summary>
    public static JsonElement Envelope(JsonElement root, string key)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            return inner;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out var wrong))
        {
            throw ApiException.InvalidInput(key, wrong.ToString(), "Value should be an object");
        }

        throw ApiException.InvalidInput(key, null, "Mandatory field missing.");
    }
}
