using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Turns exceptions and bare error statuses into Octavia fault bodies.</summary>
/// <remarks>Bad input never becomes a 500: malformed JSON and bad request framing map to 400.</remarks>
public sealed partial class FaultHandlingMiddleware(RequestDelegate next, ILogger<FaultHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null
                && context.Response.ContentType is null)
            {
                var text = context.Response.StatusCode switch
                {
                    StatusCodes.Status404NotFound => "The resource could not be found.",
                    StatusCodes.Status405MethodNotAllowed => "The method is not allowed for the requested URL.",
                    StatusCodes.Status415UnsupportedMediaType => "The request media type is not supported.",
                    _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.Response.StatusCode),
                };
                await FaultWriter.WriteAsync(context, context.Response.StatusCode, text);
            }
        }
        catch (ApiException ex) when (!context.Response.HasStarted)
        {
            await FaultWriter.WriteAsync(context, ex.StatusCode, ex.FaultString);
        }
        catch (JsonException) when (!context.Response.HasStarted)
        {
            await FaultWriter.WriteAsync(context, StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await FaultWriter.WriteAsync(context, ex.StatusCode, ex.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            Log.RequestAborted(logger, context.Request.Path);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            Log.UnhandledError(logger, ex, context.Request.Method, context.Request.Path);
            await FaultWriter.WriteAsync(context, StatusCodes.Status500InternalServerError,
                "An unexpected error occurred while processing the request.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Request {Method} '{Path}' failed unexpectedly.")]
        public static partial void UnhandledError(ILogger logger, Exception exception, string method, PathString path);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Request '{Path}' was aborted by the client.")]
        public static partial void RequestAborted(ILogger logger, PathString path);
    }
}
