using Lbaas.Host.Api.Catalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Amphorae;

/// <summary>Maps the admin-only amphora API (<c>/v2/octavia/amphorae</c>), answered by the drivers that run amphorae.</summary>
/// <remarks>
/// Every enabled provider whose driver implements <see cref="IAmphoraAdministration"/> and declares
/// <see cref="ProviderFeature.AmphoraAdministration"/> is asked; with none, every call answers 501.
/// </remarks>
public static class AmphoraEndpointRouteBuilderExtensions
{
    private const string Resource = "Amphora";

    /// <summary>Maps the amphora endpoints relative to <paramref name="octavia"/> (for example <c>/v2/octavia</c>).</summary>
    /// <param name="octavia">The group.</param>
    /// <returns>The same group.</returns>
    public static IEndpointRouteBuilder MapAmphoraApi(this IEndpointRouteBuilder octavia)
    {
        octavia.MapGet("/amphorae", ListAsync);
        octavia.MapGet("/amphorae/{id}", async (string id, HttpContext context, AmphoraAdministrators admins, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var (_, amphora) = await FindAsync(admins, id, ct);
            return JsonResult.Single(StatusCodes.Status200OK, AmphoraSchemas.Amphora, amphora, ListQuery.ParseFields(context.Request.Query));
        });
        octavia.MapDelete("/amphorae/{id}", async (string id, HttpContext context, AmphoraAdministrators admins, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var (admin, amphora) = await FindAsync(admins, id, ct);
            if (amphora.Status is not ("READY" or "ERROR"))
            {
                throw ApiException.Conflict($"Invalid state {amphora.Status} of amphora resource {amphora.Id}");
            }

            await admins.RunAsync(admin, "amphora delete", (a, c) => a.DeleteAmphoraAsync(amphora.Id, c), ct);
            return Results.NoContent();
        });
        octavia.MapPut("/amphorae/{id}/failover", async (string id, HttpContext context, AmphoraAdministrators admins,
            LbaasDbContext db, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var (admin, amphora) = await FindAsync(admins, id, ct);
            if (amphora.LoadBalancerId is { } lbId
                && await db.Set<LoadBalancerEntity>().AsNoTracking().SingleOrDefaultAsync(lb => lb.Id == lbId, ct) is { } lb
                && lb.ProvisioningStatus != ProvisioningStatuses.Active)
            {
                throw ApiException.Immutable(ResourceNames.LoadBalancer, lbId);
            }

            await admins.RunAsync(admin, "amphora failover", (a, c) => a.FailoverAmphoraAsync(amphora.Id, c), ct);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        octavia.MapPut("/amphorae/{id}/config", async (string id, HttpContext context, AmphoraAdministrators admins, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var (admin, amphora) = await FindAsync(admins, id, ct);
            await admins.RunAsync(admin, "amphora configure", (a, c) => a.ConfigureAmphoraAsync(amphora.Id, c), ct);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        octavia.MapGet("/amphorae/{id}/stats", async (string id, HttpContext context, AmphoraAdministrators admins, CancellationToken ct) =>
        {
            CatalogAccess.RequireAdmin(context);
            var (admin, amphora) = await FindAsync(admins, id, ct);
            IReadOnlyList<AmphoraStatistics> stats = [];
            await admins.RunAsync(admin, "amphora statistics", async (a, c) => stats = await a.GetAmphoraStatisticsAsync(amphora.Id, c), ct);
            return JsonResult.Object(StatusCodes.Status200OK, w =>
            {
                w.WritePropertyName("amphora_stats");
                w.WriteStartArray();
                foreach (var s in stats)
                {
                    w.WriteStartObject();
                    w.WriteNumber("active_connections", s.Counters.ActiveConnections);
                    w.WriteNumber("bytes_in", s.Counters.BytesIn);
                    w.WriteNumber("bytes_out", s.Counters.BytesOut);
                    w.WriteString("id", s.AmphoraId);
                    w.WriteString("listener_id", s.ListenerId);
                    w.WriteString("loadbalancer_id", s.LoadBalancerId);
                    w.WriteNumber("request_errors", s.Counters.RequestErrors);
                    w.WriteNumber("total_connections", s.Counters.TotalConnections);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
        });
        return octavia;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, AmphoraAdministrators admins, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        CatalogAccess.RequireAdmin(context);
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var amphorae = new List<Amphora>();
        foreach (var admin in await admins.GetAsync(cancellationToken))
        {
            await admins.RunAsync(admin, "amphora list", async (a, c) => amphorae.AddRange(await a.ListAmphoraeAsync(null, c)),
                cancellationToken);
        }

        return ListResponder.Render(context, query, AmphoraSchemas.Amphora, amphorae, a => a.Id, _ => [], options.Value.ApiBaseUri);
    }

    private static async Task<(AmphoraAdministrator Admin, Amphora Amphora)> FindAsync(
        AmphoraAdministrators admins, string id, CancellationToken cancellationToken)
    {
        var amphoraId = CatalogAccess.ParseId(id, Resource);
        foreach (var admin in await admins.GetAsync(cancellationToken))
        {
            Amphora? found = null;
            await admins.RunAsync(admin, "amphora read", async (a, c) => found = await a.GetAmphoraAsync(amphoraId, c), cancellationToken);
            if (found is not null)
            {
                return (admin, found);
            }
        }

        throw ApiException.NotFound(Resource, id);
    }
}
