using System.Text.Json;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Maps <c>/loadbalancers</c>: list, show, create, update, delete, status tree, statistics and failover.</summary>
public static class LoadBalancerEndpoints
{
    private static readonly string[] PutFields = ["name", "description", "vip_qos_policy_id", "admin_state_up", "tags"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/loadbalancers", ListAsync);
        group.MapPost("/loadbalancers", (HttpContext c, LoadBalancerCreator creator, CancellationToken ct) => creator.CreateAsync(c, ct));
        group.MapGet("/loadbalancers/{id}", ShowAsync);
        group.MapPut("/loadbalancers/{id}", UpdateAsync);
        group.MapDelete("/loadbalancers/{id}", DeleteAsync);
        group.MapGet("/loadbalancers/{id}/status", StatusAsync);
        group.MapGet("/loadbalancers/{id}/statuses", StatusAsync);
        group.MapGet("/loadbalancers/{id}/stats", StatsAsync);
        group.MapPut("/loadbalancers/{id}/failover", FailoverAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var project = ProjectContext.Of(context);
        if (!project.IsAdmin && query.Filters.Any(f => f.Key is "project_id" or "tenant_id" && f.Value != project.ProjectId))
        {
            throw ApiException.Forbidden();
        }

        var views = await LoadBalancerReader.ListAsync(db, project, ct);
        return ListResponder.Render(context, query, LoadBalancerSchema.Instance, views, v => v.Entity.Id, v => v.Entity.Tags,
            options.Value.ApiBaseUri);
    }

    /// <summary>Loads a visible, live load balancer or raises 404.</summary>
    public static async Task<LoadBalancerEntity> FindAsync(LbaasDbContext db, HttpContext context, string rawId, bool track,
        CancellationToken ct)
    {
        var id = PathId.Parse(rawId, ResourceNames.LoadBalancer);
        var rows = track ? db.LoadBalancers : db.LoadBalancers.AsNoTracking();
        var lb = await rows.FirstOrDefaultAsync(l => l.Id == id && l.ProvisioningStatus != ProvisioningStatuses.Deleted, ct);
        if (lb is null || !ProjectContext.Of(context).CanSee(lb.ProjectId))
        {
            throw ApiException.NotFound(ResourceNames.LoadBalancer, rawId);
        }

        return lb;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct)
    {
        var lb = await FindAsync(db, context, id, track: false, ct);
        return JsonResult.Single(StatusCodes.Status200OK, LoadBalancerSchema.Instance, await LoadBalancerReader.ViewAsync(db, lb, ct),
            ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var root = await RequestBody.ReadAsync(context.Request, ct);
        var body = RequestBody.Envelope(root, "loadbalancer");
        var errors = new List<string>();
        var r = new FieldReader(body, "load_balancer.loadbalancer", PutFields, errors);
        var name = r.OptString("name");
        var description = r.OptString("description");
        var qos = r.OptUuid("vip_qos_policy_id");
        var admin = r.OptBool("admin_state_up");
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var lb = await FindAsync(db, context, id, track: true, ct);
        var journal = new MutationJournal(time);
        LoadBalancer current;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await journal.TryLockLoadBalancerAsync(db, lb.Id, [ProvisioningStatuses.Active], ProvisioningStatuses.PendingUpdate,
                    asParent: false, ct) is null)
            {
                await db.Entry(lb).ReloadAsync(ct);
                throw ApiException.Conflict($"Invalid state {lb.ProvisioningStatus} of loadbalancer resource {lb.Id}");
            }

            current = ProviderModelMapper.ToModel(await LoadBalancerGraph.LoadAsync(db, lb.Id, ct)
                ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, id));
            var original = (LoadBalancerEntity)db.Entry(lb).OriginalValues.ToObject();
            journal.Updated(original);
            if (name.TryGetValue(out var n))
            {
                lb.Name = n;
            }

            if (description.TryGetValue(out var d))
            {
                lb.Description = d;
            }

            if (qos.TryGetValue(out var q))
            {
                lb.VipQosPolicyId = q;
            }

            if (admin.TryGetValue(out var a))
            {
                lb.AdminStateUp = a;
            }

            if (tags is not null)
            {
                lb.Tags = tags;
            }

            lb.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            lb.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateLoadBalancerRequest
        {
            Current = current,
            Name = name,
            Description = description,
            AdminStateUp = admin,
            VipQosPolicyId = qos,
        };
        await invoker.CallAsync(lb.Provider, "load balancer update", journal,
            (driver, c) => driver.UpdateLoadBalancerAsync(request, c), ct);
        return JsonResult.Single(StatusCodes.Status200OK, LoadBalancerSchema.Instance, await LoadBalancerReader.ViewAsync(db, lb, ct));
    }

    private static async Task<LoadBalancer> CurrentModelAsync(LbaasDbContext db, Guid id, CancellationToken ct)
    {
        var graph = await LoadBalancerGraph.LoadAsync(db, id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, id);
        return ProviderModelMapper.ToModel(graph);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var cascade = string.Equals(context.Request.Query["cascade"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var lb = await FindAsync(db, context, id, track: false, ct);
        var journal = new MutationJournal(time);
        LoadBalancerGraph graph;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, id);
            if (!cascade && (graph.Listeners.Count > 0 || graph.Pools.Count > 0))
            {
                throw ApiException.Validation($"Cannot delete Load Balancer {lb.Id} - it has children");
            }

            if (await journal.TryLockLoadBalancerAsync(db, lb.Id, [ProvisioningStatuses.Active, ProvisioningStatuses.Error],
                    ProvisioningStatuses.PendingDelete, asParent: false, ct) is null)
            {
                var status = await db.LoadBalancers.Where(l => l.Id == lb.Id).Select(l => l.ProvisioningStatus).FirstAsync(ct);
                throw ApiException.Conflict($"Invalid state {status} of loadbalancer resource {lb.Id}");
            }

            if (cascade)
            {
                foreach (var listener in graph.Listeners)
                {
                    journal.RecordStatusChange<ListenerEntity>(listener.Id, listener.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
                }

                var listenerIds = graph.Listeners.Select(l => l.Id).ToList();
                var now = time.GetUtcNow().UtcDateTime;
                await db.Listeners.Where(l => listenerIds.Contains(l.Id)).ExecuteUpdateAsync(
                    s => s.SetProperty(l => l.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(l => l.UpdatedAt, now), ct);
            }

            await tx.CommitAsync(ct);
        }

        var request = new DeleteLoadBalancerRequest { LoadBalancer = ProviderModelMapper.ToModel(graph), Cascade = cascade };
        await invoker.CallAsync(lb.Provider, "load balancer delete", journal, (driver, c) => driver.DeleteLoadBalancerAsync(request, c), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> FailoverAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var lb = await FindAsync(db, context, id, track: false, ct);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await journal.TryLockLoadBalancerAsync(db, lb.Id, [ProvisioningStatuses.Active, ProvisioningStatuses.Error],
                    ProvisioningStatuses.PendingUpdate, asParent: false, ct) is null)
            {
                var status = await db.LoadBalancers.Where(l => l.Id == lb.Id).Select(l => l.ProvisioningStatus).FirstAsync(ct);
                throw ApiException.Conflict($"Invalid state {status} of loadbalancer resource {lb.Id}");
            }

            await tx.CommitAsync(ct);
        }

        var request = new FailoverLoadBalancerRequest { LoadBalancer = await CurrentModelAsync(db, lb.Id, ct) };
        await invoker.CallAsync(lb.Provider, "load balancer failover", journal, (driver, c) => driver.FailoverLoadBalancerAsync(request, c), ct);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> StatsAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct)
    {
        var lb = await FindAsync(db, context, id, track: false, ct);
        var rows = await db.ListenerStatistics.AsNoTracking().Where(s => s.LoadBalancerId == lb.Id).ToListAsync(ct);
        return StatisticsWriter.Render(rows.Sum(r => r.BytesIn), rows.Sum(r => r.BytesOut), rows.Sum(r => r.ActiveConnections),
            rows.Sum(r => r.TotalConnections), rows.Sum(r => r.RequestErrors));
    }

    private static async Task<IResult> StatusAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct)
    {
        var lb = await FindAsync(db, context, id, track: false, ct);
        var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, id);
        return JsonResult.Object(StatusCodes.Status200OK, w =>
        {
            w.WritePropertyName("statuses");
            w.WriteStartObject();
            w.WritePropertyName("loadbalancer");
            StatusTreeWriter.Write(w, graph);
            w.WriteEndObject();
        });
    }
}
