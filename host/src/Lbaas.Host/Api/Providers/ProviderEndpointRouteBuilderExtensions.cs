using System.Text.Json;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.Providers;

/// <summary>Maps <c>/providers</c> and each provider's <c>flavor_capabilities</c> and <c>availability_zone_capabilities</c>.</summary>
public static class ProviderEndpointRouteBuilderExtensions
{
    /// <summary>Maps the provider endpoints relative to <paramref name="api"/>.</summary>
    /// <param name="api">The API group.</param>
    /// <returns>The same group.</returns>
    public static IEndpointRouteBuilder MapProviderApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/providers", (HttpContext context, IProviderRegistry registry) =>
        {
            var fields = ListQuery.ParseFields(context.Request.Query);
            return Render("providers", registry.Providers.Select(p => (p.Name, p.Description)), fields);
        });
        api.MapGet("/providers/{provider}/flavor_capabilities", (string provider, HttpContext context,
                IProviderRegistry registry, ProviderInvoker invoker, CancellationToken cancellationToken) =>
            CapabilitiesAsync(context, provider, "flavor_capabilities", (d, ct) => d.GetFlavorMetadataKeysAsync(ct),
                registry, invoker, cancellationToken));
        api.MapGet("/providers/{provider}/availability_zone_capabilities", (string provider, HttpContext context,
                IProviderRegistry registry, ProviderInvoker invoker, CancellationToken cancellationToken) =>
            CapabilitiesAsync(context, provider, "availability_zone_capabilities",
                (d, ct) => d.GetAvailabilityZoneMetadataKeysAsync(ct), registry, invoker, cancellationToken));
        return api;
    }

    private static async Task<IResult> CapabilitiesAsync(
        HttpContext context,
        string provider,
        string key,
        Func<IProviderDriver, CancellationToken, Task<IReadOnlyList<MetadataKey>>> read,
        IProviderRegistry registry,
        ProviderInvoker invoker,
        CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        registry.GetDriverOrThrow(provider);
        IReadOnlyList<MetadataKey> keys = [];
        var fault = await invoker.InvokeAsync(provider, key, async (driver, ct) => keys = await read(driver, ct), cancellationToken);
        if (fault is not null)
        {
            throw fault;
        }

        var query = context.Request.Query;
        var name = query["name"].ToString();
        var description = query["description"].ToString();
        var selected = keys
            .Where(k => name.Length == 0 || string.Equals(k.Name, name, StringComparison.Ordinal))
            .Where(k => description.Length == 0 || string.Equals(k.Description, description, StringComparison.Ordinal))
            .Select(k => (k.Name, k.Description));
        return Render(key, selected, ListQuery.ParseFields(query));
    }

    private static JsonResult Render(string key, IEnumerable<(string Name, string Description)> items, IReadOnlySet<string>? fields) =>
        JsonResult.Object(StatusCodes.Status200OK, w =>
        {
            w.WritePropertyName(key);
            w.WriteStartArray();
            foreach (var (name, description) in items)
            {
                w.WriteStartObject();
                WriteField(w, fields, "name", name);
                WriteField(w, fields, "description", description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    private static void WriteField(Utf8JsonWriter writer, IReadOnlySet<string>? fields, string name, string value)
    {
        if (fields is null || fields.Contains(name))
        {
            writer.WriteString(name, value);
        }
    }
}
