namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Renders Octavia's <c>{"stats": {...}}</c> body.</summary>
public static class StatisticsWriter
{
    public static JsonResult Render(long bytesIn, long bytesOut, long active, long total, long errors) =>
        JsonResult.Object(StatusCodes.Status200OK, w =>
        {
            w.WritePropertyName("stats");
            w.WriteStartObject();
            w.WriteNumber("bytes_in", bytesIn);
            w.WriteNumber("bytes_out", bytesOut);
            w.WriteNumber("active_connections", active);
            w.WriteNumber("total_connections", total);
            w.WriteNumber("request_errors", errors);
            w.WriteEndObject();
        });
}
