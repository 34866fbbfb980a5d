using System.Text;

namespace Lbaas.Host.Api.ResponseCache;

/// <summary>Serves <c>GET</c>s of endpoints marked <see cref="CachedRead"/> from <see cref="ReadResponseCache"/>, and fills it.</summary>
/// <remarks>
/// The key is the caller (project and admin flag), the scheme, host, path and query: everything a reply depends on
/// besides the database. Only 200 replies are kept. Replies of marked endpoints are buffered, so they carry a
/// <c>Content-Length</c> instead of being chunked. Runs after <see cref="ProjectContextMiddleware"/>.
/// </remarks>
public sealed class ReadResponseCacheMiddleware(RequestDelegate next, ReadResponseCache cache)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!cache.Enabled || !HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<CachedRead>() is null)
        {
            await next(context);
            return;
        }

        var key = KeyOf(context);
        if (cache.TryGet(key, out var hit))
        {
            await WriteAsync(context, hit.ContentType, hit.Body);
            return;
        }

        var sampled = cache.Version;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            // Writers such as JsonResult write to the body's pipe; push what it holds into the buffer.
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            cache.Store(key, sampled, context.Response.ContentType, body);
        }

        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }

    private static string KeyOf(HttpContext context)
    {
        var caller = ProjectContext.Of(context);
        var request = context.Request;
        return new StringBuilder(160)
            .Append(caller.IsAdmin ? 'A' : 'P').Append(caller.ProjectId).Append(' ')
            .Append(request.Scheme).Append("://").Append(request.Host.Value).Append(request.PathBase.Value)
            .Append(request.Path.Value).Append(request.QueryString.Value)
            .ToString();
    }

    private static Task WriteAsync(HttpContext context, string? contentType, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}

/// <summary>Marks an endpoint whose <c>GET</c> reply depends only on the request and the database.</summary>
public sealed class CachedRead
{
    /// <summary>The one instance endpoints carry.</summary>
    public static readonly CachedRead Instance = new();

    private CachedRead()
    {
    }
}
