using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Writes Octavia's fault body <c>{faultcode, faultstring, debuginfo}</c>.</summary>
public static class FaultWriter
{
    /// <summary>Writes a fault as the whole response.</summary>
    public static async Task WriteAsync(HttpContext context, int statusCode, string faultString)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("faultcode", statusCode >= 500 ? "Server" : "Client");
        writer.WriteString("faultstring", faultString);
        writer.WriteNull("debuginfo");
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
