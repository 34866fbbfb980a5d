using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Writes a response body straight to the pipe with <see cref="Utf8JsonWriter"/>.</summary>
/// <param name="statusCode">The status code.</param>
/// <param name="write">Writes the body.</param>
public sealed class JsonResult(int statusCode, Action<Utf8JsonWriter> write) : IResult
{
    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>Renders one object in its singular envelope.</summary>
    public static JsonResult Single<T>(int statusCode, ResourceSchema<T> schema, T item, IReadOnlySet<string>? selection = null) =>
        new(statusCode, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(schema.Singular);
            schema.WriteObject(w, item, selection);
            w.WriteEndObject();
        });

    /// <summary>Renders a bare object.</summary>
    public static JsonResult Object(int statusCode, Action<Utf8JsonWriter> writeProperties) =>
        new(statusCode, w =>
        {
            w.WriteStartObject();
            writeProperties(w);
            w.WriteEndObject();
        });
}
