using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Root;

/// <summary>Maps the unauthenticated version documents: <c>GET /</c> (all versions) and <c>GET /v2</c>, <c>/v2.0</c> (the current one).</summary>
/// <remarks>
/// openstacksdk discovers the API from <c>GET /</c>: it follows the CURRENT version's <c>href</c> (ending <c>/v2</c>).
/// With an endpoint override ending in <c>/v2.0</c> it reads that URL as one version document, so <c>/v2</c> and
/// <c>/v2.0</c> answer <c>{"version": {…}}</c> where upstream answers a bare <c>"v2"</c> that the SDK cannot parse.
/// </remarks>
public static class VersionDocumentEndpointRouteBuilderExtensions
{
    // Every minor of the v2 API upstream Octavia 11 announces, with its release date; all are served by /v2.
    private static readonly (string Id, string Updated)[] Versions =
    [
        ("v2.0", "2016-12-11T00:00:00Z"), ("v2.1", "2018-04-20T00:00:00Z"), ("v2.2", "2018-07-31T00:00:00Z"),
        ("v2.3", "2018-12-18T00:00:00Z"), ("v2.4", "2018-12-19T00:00:00Z"), ("v2.5", "2019-01-21T00:00:00Z"),
        ("v2.6", "2019-01-25T00:00:00Z"), ("v2.7", "2018-01-25T12:00:00Z"), ("v2.8", "2019-02-12T00:00:00Z"),
        ("v2.9", "2019-03-04T00:00:00Z"), ("v2.10", "2019-03-05T00:00:00Z"), ("v2.11", "2019-06-24T00:00:00Z"),
        ("v2.12", "2019-09-11T00:00:00Z"), ("v2.13", "2019-09-13T00:00:00Z"), ("v2.14", "2019-11-10T00:00:00Z"),
        ("v2.15", "2020-03-10T00:00:00Z"), ("v2.16", "2020-03-15T00:00:00Z"), ("v2.17", "2020-04-29T00:00:00Z"),
        ("v2.18", "2020-04-29T01:00:00Z"), ("v2.19", "2020-05-12T00:00:00Z"), ("v2.20", "2020-08-02T00:00:00Z"),
        ("v2.21", "2020-09-03T00:00:00Z"), ("v2.22", "2020-09-04T00:00:00Z"), ("v2.23", "2020-09-07T00:00:00Z"),
        ("v2.24", "2020-10-15T00:00:00Z"), ("v2.25", "2021-10-02T00:00:00Z"), ("v2.26", "2022-08-29T00:00:00Z"),
    ];

    /// <summary>Maps <c>GET /</c>, <c>GET /v2</c> and <c>GET /v2.0</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The same route builder.</returns>
    public static IEndpointRouteBuilder MapVersionDocuments(this IEndpointRouteBuilder endpoints)
    {
        var documents = new RenderedDocuments();
        endpoints.MapGet("/", (HttpRequest request, IOptions<ApiOptions> options) =>
            documents.Get("", BaseUri(request, options.Value), baseUri =>
            {
                var href = baseUri + "v2";
                var versions = new JsonArray();
                for (var i = 0; i < Versions.Length; i++)
                {
                    versions.Add(Version(Versions[i], i == Versions.Length - 1, href));
                }

                return new JsonObject { ["versions"] = versions };
            }));
        endpoints.MapGet("/v2", (HttpRequest request, IOptions<ApiOptions> options) =>
            documents.Get("v2", BaseUri(request, options.Value), baseUri =>
                new JsonObject { ["version"] = Version(Versions[^1], true, baseUri + "v2") }));
        endpoints.MapGet("/v2.0", (HttpRequest request, IOptions<ApiOptions> options) =>
            documents.Get("v2.0", BaseUri(request, options.Value), baseUri =>
                new JsonObject { ["version"] = Version(Versions[^1], true, baseUri + "v2.0") }));
        return endpoints;
    }

    private static JsonObject Version((string Id, string Updated) version, bool current, string href) => new()
    {
        ["id"] = version.Id,
        ["status"] = current ? "CURRENT" : "SUPPORTED",
        ["updated"] = version.Updated,
        ["links"] = new JsonArray(new JsonObject { ["href"] = href, ["rel"] = "self" }),
    };

    private static string BaseUri(HttpRequest request, ApiOptions options)
    {
        var uri = string.IsNullOrWhiteSpace(options.ApiBaseUri)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.ApiBaseUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    // The documents differ only by the base URI, which comes from the request's Host header unless ApiBaseUri is set:
    // the rendered bytes are kept for the first few base URIs, and any further one (a client inventing Host headers)
    // is rendered each time instead of growing the cache.
    private sealed class RenderedDocuments
    {
        private const int MaxEntries = 16;
        private readonly ConcurrentDictionary<(string Path, string BaseUri), byte[]> _rendered = new();

        public IResult Get(string path, string baseUri, Func<string, JsonObject> render)
        {
            if (!_rendered.TryGetValue((path, baseUri), out var bytes))
            {
                bytes = JsonSerializer.SerializeToUtf8Bytes(render(baseUri));
                if (_rendered.Count < MaxEntries)
                {
                    _rendered.TryAdd((path, baseUri), bytes);
                }
            }

            return Results.Bytes(bytes, "application/json; charset=utf-8");
        }
    }
}
