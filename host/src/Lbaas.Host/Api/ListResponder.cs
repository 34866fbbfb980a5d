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

        Comparison<T> compare = (a, b) =>
        {
            foreach (var (field, descending) in sortKeys)
            {
                var c = JsonValueWriter.Compare(field.Get(a), field.Get(b));
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }

            return 0;
        };

        T? marker = default;
        var hasMarker = false;
        if (query.Marker is not null)
        {
            foreach (var item in items)
            {
                if (string.Equals(getId(item).ToString("D"), query.Marker, StringComparison.OrdinalIgnoreCase))
                {
                    marker = item;
                    hasMarker = true;
                    break;
                }
            }

            if (!hasMarker)
            {
                throw ApiException.BadRequest($"Supplied pagination marker '{query.Marker}' is not valid.");
            }
        }

        var selected = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (Matches(item, filters, query, getTags))
            {
                selected.Add(item);
            }
        }

        selected.Sort(compare);
        if (hasMarker)
        {
            selected = query.PageReverse
                ? selected.Where(i => compare(i, marker!) < 0).ToList()
                : selected.Where(i => compare(i, marker!) > 0).ToList();
        }

        if (query.Limit is { } limit && selected.Count > limit)
        {
            selected.RemoveRange(limit, selected.Count - limit);
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
            var actual = JsonValueWriter.FilterText(field.Get(item));
            if (actual is null || !string.Equals(actual, expected,
                    field.Get(item) is bool or Guid ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
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
