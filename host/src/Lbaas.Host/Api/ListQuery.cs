using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Lbaas.Host.Api;

/// <summary>Holds a list request's paging, sorting, field selection, tag and attribute filters, parsed as Octavia does.</summary>
public sealed class ListQuery
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "limit", "marker", "page_reverse", "sort", "sort_key", "sort_dir", "fields",
        "tags", "tags-any", "not-tags", "not-tags-any",
    };

    public int? Limit { get; private init; }

    public string? Marker { get; private init; }

    public bool PageReverse { get; private init; }

    public IReadOnlyList<(string Key, bool Descending)> Sort { get; private init; } = [];

    public IReadOnlySet<string>? Fields { get; private init; }

    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; private init; } = [];

    public IReadOnlyList<string> Tags { get; private init; } = [];

    public IReadOnlyList<string> TagsAny { get; private init; } = [];

    public IReadOnlyList<string> NotTags { get; private init; } = [];

    public IReadOnlyList<string> NotTagsAny { get; private init; } = [];

    /// <summary>Gets the raw <c>sort</c> parameter, repeated in links.</summary>
    public string? RawSort { get; private init; }

    /// <summary>Gets the raw <c>sort_key</c> parameter, repeated in links.</summary>
    public string? RawSortKey { get; private init; }

    /// <summary>Parses the query string; bad values raise Octavia's 400 faults.</summary>
    public static ListQuery Parse(IQueryCollection query, int maxLimit)
    {
        int? limit = maxLimit;
        if (query.TryGetValue("limit", out var rawLimit) && rawLimit.Count > 0)
        {
            var text = rawLimit.ToString();
            if (string.Equals(text, "infinite", StringComparison.Ordinal))
            {
                limit = null;
            }
            else if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                limit = n < 1 ? null : Math.Min(n, maxLimit);
            }
            else
            {
                throw ApiException.BadRequest($"Supplied pagination limit '{text}' is not valid.");
            }
        }

        var sort = new List<(string, bool)>();
        var rawSort = query["sort"].ToString();
        var rawSortKey = query["sort_key"].ToString();
        if (rawSort.Length > 0)
        {
            foreach (var part in rawSort.Split(','))
            {
                var comps = part.Split(':');
                if (comps.Length > 2)
                {
                    throw ApiException.BadRequest($"Supplied sort key '{part}' is not valid.");
                }

                sort.Add((comps[0], comps.Length == 2 && ParseDirection(comps[1])));
            }
        }
        else if (rawSortKey.Length > 0)
        {
            var keys = rawSortKey.Split(',');
            var dirs = query["sort_dir"].ToString() is { Length: > 0 } d ? d.Split(',') : [];
            for (var i = 0; i < keys.Length; i++)
            {
                sort.Add((keys[i], i < dirs.Length && ParseDirection(dirs[i])));
            }
        }

        HashSet<string>? fields = null;
        if (query.TryGetValue("fields", out var rawFields) && rawFields.Count > 0)
        {
            fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in Split(rawFields))
            {
                fields.Add(f);
            }
        }

        var filters = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in query)
        {
            if (!Reserved.Contains(key))
            {
                foreach (var v in values)
                {
                    filters.Add(new(key, v ?? ""));
                }
            }
        }

        return new ListQuery
        {
            Limit = limit,
            Marker = query["marker"].ToString() is { Length: > 0 } m ? m : null,
            PageReverse = string.Equals(query["page_reverse"].ToString(), "true", StringComparison.OrdinalIgnoreCase),
            Sort = sort,
            Fields = fields,
            Filters = filters,
            Tags = Split(query["tags"]),
            TagsAny = Split(query["tags-any"]),
            NotTags = Split(query["not-tags"]),
            NotTagsAny = Split(query["not-tags-any"]),
            RawSort = rawSort.Length > 0 ? rawSort : null,
            RawSortKey = rawSortKey.Length > 0 ? rawSortKey : null,
        };
    }

    /// <summary>Reads the <c>fields</c> selection of a single-object GET.</summary>
    public static IReadOnlySet<string>? ParseFields(IQueryCollection query) =>
        query.TryGetValue("fields", out var raw) && raw.Count > 0 ? Split(raw).ToHashSet(StringComparer.Ordinal) : null;

    private static bool ParseDirection(string dir) => dir.ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        _ => throw ApiException.BadRequest($"Supplied sort direction '{dir.ToLowerInvariant()}' is not valid."),
    };

    private static List<string> Split(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
