using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Lbaas.Host.Tests.Support;

/// <summary>Sends one API request and reads its JSON reply, for the in-memory hosts.</summary>
public static class JsonApi
{
    /// <summary>Sends <paramref name="body"/> (a raw JSON string or an object to serialize; none when null) and reads the reply.</summary>
    /// <returns>The status code and the parsed body (<c>default</c> when empty).</returns>
    public static async Task<(int Status, JsonElement Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, json);
    }
}
