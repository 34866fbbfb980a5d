namespace Lbaas.Host.Api.Catalog;

/// <summary>Applies Octavia's admin-only rules (profiles, writes on flavors and zones, amphorae, capabilities).</summary>
internal static class CatalogAccess
{
    /// <summary>The nil UUID Octavia reserves for deleted references; never a real object.</summary>
    public const string NilUuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>Refuses non-admin callers with 403.</summary>
    /// <param name="context">The request.</param>
    public static void RequireAdmin(HttpContext context)
    {
        if (!ProjectContext.Of(context).IsAdmin)
        {
            throw ApiException.Forbidden();
        }
    }

    /// <summary>Parses a path id; the nil UUID and non-UUIDs are simply not found.</summary>
    /// <param name="id">The path segment.</param>
    /// <param name="resource">The resource name for the 404 text.</param>
    /// <returns>The id.</returns>
    public static Guid ParseId(string id, string resource) =>
        Guid.TryParse(id, out var guid) && guid != Guid.Empty ? guid : throw ApiException.NotFound(resource, id);

    /// <summary>Reads an enveloped request body into a field reader that collects every problem.</summary>
    /// <param name="context">The request.</param>
    /// <param name="envelope">The envelope key, for example <c>flavor</c>.</param>
    /// <param name="argument">The argument name wsme reports unknown keys against, for example <c>flavor_</c>.</param>
    /// <param name="allowed">The keys the object may hold.</param>
    /// <param name="errors">Collects the problems.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader.</returns>
    public static async Task<FieldReader> ReadBodyAsync(HttpContext context, string envelope, string argument,
        IReadOnlyCollection<string> allowed, List<string> errors, CancellationToken cancellationToken)
    {
        var root = await RequestBody.ReadAsync(context.Request, cancellationToken);
        return new FieldReader(RequestBody.Envelope(root, envelope), argument, allowed, errors);
    }

    /// <summary>Reads a profile field that PUT may leave out but never set to null.</summary>
    /// <param name="body">The reader.</param>
    /// <param name="key">The field.</param>
    /// <param name="maxLength">The longest accepted value.</param>
    /// <param name="errors">Collects the problems.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public static string? RequiredWhenPresent(FieldReader body, string key, int maxLength, List<string> errors)
    {
        if (body.IsNull(key))
        {
            errors.Add($"None is not a valid option for {key}");
            return null;
        }

        return body.String(key, maxLength);
    }
}
