using System.Security.Cryptography;
using System.Text;
using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Quotas;

/// <summary>Maps <c>/quotas</c>, <c>/quotas/{project_id}</c> (GET, PUT 202, DELETE 202) and <c>/quotas/{project_id}/default</c>.</summary>
public static class QuotaEndpointRouteBuilderExtensions
{
    private static readonly string[] PutKeys = [.. QuotaKind.All.SelectMany(k => k.LegacyKey is null ? [k.Key] : new[] { k.Key, k.LegacyKey })];

    private static readonly ResourceSchema<QuotaEntity> ListSchema = new("quota", "quotas", "quotas_links",
    [
        new("project_id", q => q.ProjectId),
        new("tenant_id", q => q.ProjectId),
        .. QuotaKind.All.SelectMany(ListFields),
    ]);

    /// <summary>Maps the quota endpoints relative to <paramref name="api"/>.</summary>
    /// <param name="api">The API group.</param>
    /// <returns>The same group.</returns>
    public static IEndpointRouteBuilder MapQuotaApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/quotas", ListAsync);
        api.MapGet("/quotas/{projectId}", GetAsync);
        api.MapPut("/quotas/{projectId}", UpdateAsync);
        api.MapDelete("/quotas/{projectId}", ResetAsync);
        api.MapGet("/quotas/{projectId}/default", (string projectId, HttpContext context, IOptions<QuotaOptions> options) =>
        {
            Authorize(context, projectId, write: false);
            return Render(StatusCodes.Status200OK, null, options.Value);
        });
        return api;
    }

    private static IEnumerable<ResourceField<QuotaEntity>> ListFields(QuotaKind kind)
    {
        yield return new(kind.Key, q => kind.GetLimit(q));
        if (kind.LegacyKey is { } legacy)
        {
            yield return new(legacy, q => kind.GetLimit(q));
        }
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var caller = ProjectContext.Of(context);
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var rows = caller.IsAdmin
            ? await db.Quotas.AsNoTracking().ToListAsync(cancellationToken)
            : await db.Quotas.AsNoTracking().Where(q => q.ProjectId == caller.ProjectId).ToListAsync(cancellationToken);
        if (!caller.IsAdmin && query.Filters.Any(f => f.Key == "project_id" && f.Value != caller.ProjectId))
        {
            throw ApiException.Forbidden();
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.ProjectId, b.ProjectId));
        return ListResponder.Render(context, query, ListSchema, rows, MarkerOf, _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<IResult> GetAsync(
        string projectId, HttpContext context, LbaasDbContext db, IOptions<QuotaOptions> options, CancellationToken cancellationToken)
    {
        Authorize(context, projectId, write: false);
        var row = await db.Quotas.AsNoTracking().SingleOrDefaultAsync(q => q.ProjectId == projectId, cancellationToken);
        return Render(StatusCodes.Status200OK, row, options.Value);
    }

    private static async Task<IResult> UpdateAsync(
        string projectId, HttpContext context, LbaasDbContext db, IOptions<QuotaOptions> options, CancellationToken cancellationToken)
    {
        Authorize(context, projectId, write: true);
        var errors = new List<string>();
        var body = await CatalogAccess.ReadBodyAsync(context, "quota", "quotas", PutKeys, errors, cancellationToken);
        var changes = new List<(QuotaKind Kind, int? Limit)>();
        foreach (var kind in QuotaKind.All)
        {
            foreach (var key in kind.LegacyKey is null ? [kind.Key] : new[] { kind.Key, kind.LegacyKey })
            {
                if (body.Has(key))
                {
                    changes.Add((kind, body.Int(key, -1, QuotaOptions.MaxQuota)));
                }
            }
        }

        FieldReader.ThrowIfAny(errors);
        var row = await db.Quotas.SingleOrDefaultAsync(q => q.ProjectId == projectId, cancellationToken);
        if (row is null)
        {
            row = new QuotaEntity { ProjectId = projectId };
            db.Quotas.Add(row);
        }

        foreach (var (kind, limit) in changes)
        {
            kind.SetLimit(row, limit);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Render(StatusCodes.Status202Accepted, row, options.Value);
    }

    private static async Task<IResult> ResetAsync(
        string projectId, HttpContext context, LbaasDbContext db, CancellationToken cancellationToken)
    {
        Authorize(context, projectId, write: true);
        var row = await db.Quotas.SingleOrDefaultAsync(q => q.ProjectId == projectId, cancellationToken)
            ?? throw ApiException.NotFound("Quotas", projectId);
        foreach (var kind in QuotaKind.All)
        {
            kind.SetLimit(row, null);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    // Readers see their own project's quota; only admins (Octavia's quota admins included) see or change others'.
    private static void Authorize(HttpContext context, string projectId, bool write)
    {
        var caller = ProjectContext.Of(context);
        if (!caller.IsAdmin && (write || !string.Equals(caller.ProjectId, projectId, StringComparison.Ordinal)))
        {
            throw ApiException.Forbidden();
        }
    }

    // A single quota shows effective limits under Octavia's stored names (load_balancer, health_monitor).
    private static JsonResult Render(int statusCode, QuotaEntity? row, QuotaOptions options) =>
        JsonResult.Object(statusCode, w =>
        {
            w.WritePropertyName("quota");
            w.WriteStartObject();
            foreach (var kind in QuotaKind.All)
            {
                w.WriteNumber(kind.ReplyKey, (row is null ? null : kind.GetLimit(row)) ?? kind.Default(options));
            }

            w.WriteEndObject();
        });

    private static Guid MarkerOf(QuotaEntity row) => new(MD5.HashData(Encoding.UTF8.GetBytes(row.ProjectId)));
}
