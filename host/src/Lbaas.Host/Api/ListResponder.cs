using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Applies filters, tags, sorting and paging to a resource list and renders it with its links.</summary>
public static class ListResponder
{
    /// <summary>Builds the response for <paramref name="items"/> (already limited to what the caller may see).</summary>
    /// <param name="context">The request.</param>
    /// <param name="query">The parsed list query.</param>
    /// <param name="schema">The resource schema.</param>
    /// <param name="items">The visible items.</param>
    /// <param name="getId">Reads an item's id.</param>
    /// <param name="getTags">Reads an item's tags.</param>
    /// <param name="apiBaseUri">Octavia's <c>api_base_uri</c>, or <see langword="null"/>.</param>
    public static JsonResult Render<T>(HttpContext context, ListQuery query, ResourceSchema<T> schema, IReadOnlyList<T> items,
        Func<T, Guid> getId, Func<T, IReadOnlyList<string>> getTags, string? apiBaseUri)
    {
        var filters = new List<(ResourceField<T> Field, string Value)>(query.Filters.Count);
        foreach (var (key, value) in query.Filters)
        {
            if (!schema.Fields.TryGetValue(key, out var field))
            {
                throw ApiException.BadRequest("One or more arguments are either duplicate or invalid");
            }

            filters.Add((field, value));
        }

        var sortKeys = new List<(ResourceField<T> Field, bool Descending)>();
        foreach (var (key, descending) in query.Sort)
        {
            if (!schema.Fields.TryGetValue(key, out var field))
            {
                throw ApiException.BadRequest($"Supplied sort key '{key}' is not valid.");
            }

            sortKeys.Add((field, descending));
        }

        foreach (var tieBreaker in new[] { "created_at", "id" })
        {
            if (!sortKeys.Any(s => s.Field.Name == tieBreaker) && schema.Fields.TryGetValue(tieBreaker, out var f))
            {
                sortKeys.Add((f, sortKeys.Count > 0 && sortKeys[0].Descending));
            }
        }

        // Each sort key is read once per item, not once per comparison.
        object?[] KeysOf(T item)
        {
            var keys = new object?[sortKeys.Count];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = sortKeys[k].Field.Get(item);
            }

            return keys;
        }

        int Compare(object?[] a, object?[] b)
        {
            for (var k = 0; k < a.Length; k++)
            {
                var c = JsonValueWriter.Compare(a[k], b[k]);
                if (c != 0)
                {
                    return sortKeys[k].Descending ? -c : c;
                }
            }

            return 0;
        }

        object?[]? markerKeys = null;
        if (query.Marker is not null)
        {
            foreach (var item in items)
            {
                if (string.Equals(getId(item).ToString("D"), query.Marker, StringComparison.OrdinalIgnoreCase))
                {
                    markerKeys = KeysOf(item);
                    break;
                }
            }

            if (markerKeys is null)
            {
                throw ApiException.BadRequest($"Supplied pagination marker '{query.Marker}' is not valid.");
            }
        }

        var keyed = new List<(T Item, object?[] Keys)>(items.Count);
        foreach (var item in items)
        {
            if (Matches(item, filters, query, getTags))
            {
                var keys = KeysOf(item);
                if (markerKeys is null || (query.PageReverse ? Compare(keys, markerKeys) < 0 : Compare(keys, markerKeys) > 0))
                {
                    keyed.Add((item, keys));
                }
            }
        }

        keyed.Sort((a, b) => Compare(a.Keys, b.Keys));
        var count = query.Limit is { } limit ? Math.Min(limit, keyed.Count) : keyed.Count;
        var selected = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            selected.Add(keyed[i].Item);
        }

        var links = BuildLinks(context, query, selected, getId, apiBaseUri);
        return new JsonResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(schema.Plural);
            w.WriteStartArray();
            foreach (var item in selected)
            {
                schema.WriteObject(w, item, query.Fields);
            }

            w.WriteEndArray();
            w.WritePropertyName(schema.LinksKey);
            w.WriteStartArray();
            foreach (var (rel, href) in links)
            {
                w.WriteStartObject();
                w.WriteString("href", href);
                w.WriteString("rel", rel);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static bool Matches<T>(T item, List<(ResourceField<T> Field, string Value)> filters, ListQuery query,
        Func<T, IReadOnlyList<string>> getTags)
    {
        foreach (var (field, expected) in filters)
        {
            var value = field.Get(item);
            var actual = JsonValueWriter.FilterText(value);
            if (actual is null || !string.Equals(actual, expected,
                    value is bool or Guid ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (query.Tags.Count + query.TagsAny.Count + query.NotTags.Count + query.NotTagsAny.Count > 0)
        {
            var tags = getTags(item);
            if (query.Tags.Count > 0 && !query.Tags.All(tags.Contains))
            {
                return false;
            }

            if (query.TagsAny.Count > 0 && !query.TagsAny.Any(tags.Contains))
            {
                return false;
            }

            if (query.NotTags.Count > 0 && query.NotTags.All(tags.Contains))
            {
                return false;
            }

            if (query.NotTagsAny.Count > 0 && query.NotTagsAny.Any(tags.Contains))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(string Rel, string Href)> BuildLinks<T>(HttpContext context, ListQuery query, List<T> page,
        Func<T, Guid> getId, string? apiBaseUri)
    {
        var links = new List<(string, string)>();
        if (page.Count == 0)
        {
            return links;
        }

        var request = context.Request;
        var url = string.IsNullOrEmpty(apiBaseUri)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}"
            : apiBaseUri.TrimEnd('/') + request.Path;
        var common = new List<string>();
        if (query.Limit is { } limit)
        {
            common.Add($"limit={limit}");
        }

        if (query.RawSort is not null)
        {
            common.Add($"sort={Uri.EscapeDataString(query.RawSort)}");
        }

        if (query.RawSortKey is not null)
        {
            common.Add($"sort_key={Uri.EscapeDataString(query.RawSortKey)}");
        }

        if (query.Marker is not null)
        {
            links.Add(("previous", $"{url}?{string.Join('&', common.Append($"marker={getId(page[0]):D}").Append("page_reverse=True"))}"));
        }

        if (query.Limit is { } l && page.Count >= l)
        {
            links.Add(("next", $"{url}?{string.Join('&', common.Append($"marker={getId(page[^1]):D}"))}"));
        }

        return links;
    }

    /// <summary>Writes a list of already-selected items without paging (sub-resources of a status tree and the like).</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, ResourceSchema<T> schema, IEnumerable<T> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            schema.WriteObject(writer, item);
        }

        writer.WriteEndArray();
    }
}
