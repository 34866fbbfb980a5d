namespace Lbaas.Host.Api;

/// <summary>Knows the prefixes the Octavia API answers on: <c>/v2/lbaas</c>, <c>/v2.0/lbaas</c>, <c>/v2</c> and <c>/v2.0</c>.</summary>
public static class ApiRoutes
{
    public static IReadOnlyList<string> Prefixes { get; } = ["/v2/lbaas", "/v2.0/lbaas", "/v2", "/v2.0"];

    /// <summary>Maps the same endpoints under every prefix (catalog endpoints use this too).</summary>
    public static IEndpointRouteBuilder MapOctaviaGroups(this IEndpointRouteBuilder app, Action<RouteGroupBuilder> map)
    {
        foreach (var prefix in Prefixes)
        {
            map(app.MapGroup(prefix));
        }

        return app;
    }
}
