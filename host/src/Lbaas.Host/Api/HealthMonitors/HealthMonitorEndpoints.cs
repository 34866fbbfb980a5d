using System.Globalization;
using System.Text.RegularExpressions;
using Lbaas.Host.Api.Pools;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.HealthMonitors;

/// <summary>Maps <c>/healthmonitors</c>.</summary>
public static partial class HealthMonitorEndpoints
{
    public static readonly string[] PutFields =
    [
        "name", "admin_state_up", "delay", "timeout", "max_retries", "max_retries_down", "http_method", "url_path", "expected_codes",
        "http_version", "domain_name", "tags",
    ];

    public static readonly string[] PostFields = [.. PutFields, "pool_id", "type", "project_id", "tenant_id"];

    private static readonly string[] HttpMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "OPTIONS", "CONNECT", "PATCH"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/healthmonitors", ListAsync);
        group.MapPost("/healthmonitors", CreateAsync);
        group.MapGet("/healthmonitors/{id}", ShowAsync);
        group.MapPut("/healthmonitors/{id}", UpdateAsync);
        group.MapDelete("/healthmonitors/{id}", DeleteAsync);
    }

    [GeneratedRegex(@"^(\d{3}(\s*,\s*\d{3})*|\d{3}\s*-\s*\d{3})$")]
    private static partial Regex ExpectedCodesPattern();

    private static async Task<IResult> ListAsync(HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var project = ProjectContext.Of(context);
        var rows = await db.HealthMonitors.AsNoTracking()
            .Where(h => h.Pool!.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted
                && (project.IsAdmin || h.ProjectId == project.ProjectId))
            .ToListAsync(ct);
        return ListResponder.Render(context, query, HealthMonitorSchema.Instance, rows, h => h.Id, h => h.Tags, options.Value.ApiBaseUri);
    }

    private static async Task<HealthMonitorEntity> FindAsync(LbaasDbContext db, HttpContext context, string rawId, bool track, CancellationToken ct)
    {
        var id = PathId.Parse(rawId, ResourceNames.HealthMonitor);
        var rows = track ? db.HealthMonitors : db.HealthMonitors.AsNoTracking();
        var hm = await rows.FirstOrDefaultAsync(h => h.Id == id && h.Pool!.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted, ct);
        if (hm is null || !ProjectContext.Of(context).CanSee(hm.ProjectId))
        {
            throw ApiException.NotFound(ResourceNames.HealthMonitor, rawId);
        }

        return hm;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct) =>
        JsonResult.Single(StatusCodes.Status200OK, HealthMonitorSchema.Instance, await FindAsync(db, context, id, track: false, ct),
            ListQuery.ParseFields(context.Request.Query));

    /// <summary>Reads a health monitor create body into a new row.</summary>
    public static (HealthMonitorEntity Monitor, Guid? PoolId) ReadCreate(FieldReader r)
    {
        var type = r.Enum<HealthMonitorType>("type", required: true);
        var hm = new HealthMonitorEntity
        {
            Type = type is { } t ? WireName.Of(t) : "",
            Name = r.String("name"),
            AdminStateUp = r.Bool("admin_state_up") ?? true,
            Delay = r.Int("delay", 0, int.MaxValue, required: true) ?? 0,
            Timeout = r.Int("timeout", 0, int.MaxValue, required: true) ?? 0,
            MaxRetries = r.Int("max_retries", 1, 10, required: true) ?? 1,
            MaxRetriesDown = r.Int("max_retries_down", 1, 10) ?? 3,
            HttpMethod = r.OneOf("http_method", HttpMethods),
            UrlPath = r.String("url_path"),
            ExpectedCodes = r.String("expected_codes"),
            HttpVersion = r.Double("http_version"),
            DomainName = r.String("domain_name"),
            Tags = r.StringList("tags") ?? [],
            ProvisioningStatus = ProvisioningStatuses.PendingCreate,
            OperatingStatus = OperatingStatuses.Offline,
        };
        if (hm.Type is "HTTP" or "HTTPS")
        {
            hm.HttpMethod ??= "GET";
            hm.UrlPath ??= "/";
            hm.ExpectedCodes ??= "200";
        }

        return (hm, r.Uuid("pool_id"));
    }

    /// <summary>Checks a monitor against its own type and its pool's protocol.</summary>
    public static void CheckOptions(HealthMonitorEntity hm, string poolProtocol, bool creating)
    {
        var http = hm.Type is "HTTP" or "HTTPS";
        if (!http)
        {
            foreach (var (field, value) in new[] { ("http_method", hm.HttpMethod), ("url_path", hm.UrlPath), ("expected_codes", hm.ExpectedCodes) })
            {
                if (value is not null)
                {
                    throw ApiException.BadRequest($"{field} is not a valid option for health monitors of type {hm.Type}");
                }
            }
        }

        if (hm.UrlPath is { } path && (!path.StartsWith('/') || path.Any(char.IsControl)))
        {
            throw ApiException.BadRequest($"Not a valid URLPath: {path}");
        }

        if (hm.ExpectedCodes is { } codes && !ExpectedCodesPattern().IsMatch(codes))
        {
            throw ApiException.InvalidInput("expected_codes", codes, "Value should match the pattern ^(\\d{3}(\\s*,\\s*\\d{3})*)$|^(\\d{3}-\\d{3})$");
        }

        if (hm.DomainName is not null && hm.HttpVersion is null)
        {
            throw ApiException.Validation("'http_version' must be specified when 'domain_name' is provided.");
        }

        if (hm.DomainName is not null && hm.HttpVersion < 1.1)
        {
            throw ApiException.BadRequest(
                $"http_version {(hm.HttpVersion is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "None")} is not a valid option for health monitors HTTP 1.1 domain name health check");
        }

        var udpLike = poolProtocol is "UDP" or "SCTP";
        if (creating && udpLike && hm.Type is not ("UDP-CONNECT" or "SCTP" or "TCP" or "HTTP"))
        {
            throw ApiException.Validation(
                $"The associated pool protocol is {poolProtocol}, so only a UDP-CONNECT/SCTP/TCP/HTTP health monitor is supported.");
        }

        if (creating && !udpLike && hm.Type is "UDP-CONNECT" or "SCTP")
        {
            throw ApiException.Validation($"The {hm.Type} type is only supported for pools of type UDP/SCTP.");
        }

        if (hm.Type == "UDP-CONNECT" && hm.Delay < 3)
        {
            throw ApiException.Validation($"The request delay value {hm.Delay} should be larger than 3 for UDP-CONNECT health monitor type.");
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, LbaasDbContext db, ProviderInvoker invoker, IQuotaChecker quotas,
        TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "healthmonitor");
        var errors = new List<string>();
        var r = new FieldReader(body, "health_monitor_.healthmonitor", PostFields, errors);
        var (hm, poolId) = ReadCreate(r);
        if (poolId is null && !r.Has("pool_id"))
        {
            errors.Add(ApiException.InvalidInputText("pool_id", null, "Mandatory field missing."));
        }

        FieldReader.ThrowIfAny(errors);
        var pool = await PoolEndpoints.FindAsync(db, context, poolId!.Value.ToString(), track: false, ct);
        CheckOptions(hm, pool.Protocol, creating: true);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        hm.Id = Guid.NewGuid();
        hm.PoolId = pool.Id;
        hm.LoadBalancerId = lb.Id;
        hm.ProjectId = lb.ProjectId;
        hm.CreatedAt = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            if (graph.HealthMonitorOf(pool.Id) is not null)
            {
                throw ApiException.Conflict("This pool already has a health monitor");
            }

            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { HealthMonitors = 1 }, ct);
            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            db.HealthMonitors.Add(hm);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        journal.Created<HealthMonitorEntity>(hm.Id);
        var model = ProviderModelMapper.ToModel(hm);
        await invoker.CallAsync(lb.Provider, "health monitor create", journal,
            (d, c) => d.CreateHealthMonitorAsync(new CreateHealthMonitorRequest { HealthMonitor = model }, c), ct);
        return JsonResult.Single(StatusCodes.Status201Created, HealthMonitorSchema.Instance, hm);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "healthmonitor");
        var errors = new List<string>();
        var r = new FieldReader(body, "health_monitor_.healthmonitor", PutFields, errors);
        foreach (var required in new[] { "delay", "timeout", "max_retries" })
        {
            if (r.IsNull(required))
            {
                errors.Add($"None is not a valid option for {required}");
            }
        }

        var name = r.OptString("name");
        var admin = r.OptBool("admin_state_up");
        var delay = r.OptInt("delay", 0, int.MaxValue);
        var timeout = r.OptInt("timeout", 0, int.MaxValue);
        var maxRetries = r.OptInt("max_retries", 1, 10);
        var maxRetriesDown = r.OptInt("max_retries_down", 1, 10);
        var method = r.Has("http_method") ? new Optional<string?>(r.OneOf("http_method", HttpMethods)) : default;
        var urlPath = r.OptString("url_path");
        var codes = r.OptString("expected_codes");
        var version = r.Has("http_version") ? new Optional<double?>(r.Double("http_version")) : default;
        var domain = r.OptString("domain_name");
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var hm = await FindAsync(db, context, id, track: true, ct);
        var pool = await db.Pools.AsNoTracking().FirstAsync(p => p.Id == hm.PoolId, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == hm.LoadBalancerId, ct);
        var current = ProviderModelMapper.ToModel(hm);
        var original = (HealthMonitorEntity)db.Entry(hm).OriginalValues.ToObject();
        original.Tags = [.. hm.Tags];
        var http = hm.Type is "HTTP" or "HTTPS";
        hm.Name = name.GetValueOrDefault(hm.Name);
        hm.AdminStateUp = admin.GetValueOrDefault(hm.AdminStateUp);
        hm.Delay = delay.TryGetValue(out var dl) && dl is { } dv ? dv : hm.Delay;
        hm.Timeout = timeout.TryGetValue(out var to) && to is { } tv ? tv : hm.Timeout;
        hm.MaxRetries = maxRetries.TryGetValue(out var mr) && mr is { } mv ? mv : hm.MaxRetries;
        hm.MaxRetriesDown = maxRetriesDown.TryGetValue(out var mrd) ? mrd ?? 3 : hm.MaxRetriesDown;
        hm.HttpMethod = method.TryGetValue(out var m) ? m ?? (http ? "GET" : null) : hm.HttpMethod;
        hm.UrlPath = urlPath.TryGetValue(out var u) ? u ?? (http ? "/" : null) : hm.UrlPath;
        hm.ExpectedCodes = codes.TryGetValue(out var c) ? c ?? (http ? "200" : null) : hm.ExpectedCodes;
        hm.HttpVersion = version.GetValueOrDefault(hm.HttpVersion);
        hm.DomainName = domain.GetValueOrDefault(hm.DomainName);
        if (tags is not null)
        {
            hm.Tags = tags;
        }

        if (!http && (method.HasValue || urlPath.HasValue || codes.HasValue))
        {
            var field = method.HasValue ? "http_method" : urlPath.HasValue ? "url_path" : "expected_codes";
            throw ApiException.BadRequest($"{field} is not a valid option for health monitors of type {hm.Type}");
        }

        CheckOptions(hm, pool.Protocol, creating: false);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            journal.Updated(original);
            hm.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            hm.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateHealthMonitorRequest
        {
            Current = current,
            Name = name,
            AdminStateUp = admin,
            Delay = delay.HasValue ? hm.Delay : default(Optional<int>),
            Timeout = timeout.HasValue ? hm.Timeout : default(Optional<int>),
            MaxRetries = maxRetries.HasValue ? hm.MaxRetries : default(Optional<int>),
            MaxRetriesDown = maxRetriesDown.HasValue ? hm.MaxRetriesDown : default(Optional<int>),
            HttpMethod = method.HasValue ? hm.HttpMethod : default(Optional<string?>),
            UrlPath = urlPath.HasValue ? hm.UrlPath : default(Optional<string?>),
            ExpectedCodes = codes.HasValue ? hm.ExpectedCodes : default(Optional<string?>),
            HttpVersion = version,
            DomainName = domain,
        };
        await invoker.CallAsync(lb.Provider, "health monitor update", journal, (d, x) => d.UpdateHealthMonitorAsync(request, x), ct);
        return JsonResult.Single(StatusCodes.Status200OK, HealthMonitorSchema.Instance, hm);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var hm = await FindAsync(db, context, id, track: false, ct);
        var pool = await db.Pools.AsNoTracking().FirstAsync(p => p.Id == hm.PoolId, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == hm.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.HealthMonitors.Where(h => h.Id == hm.Id).ExecuteUpdateAsync(
                s => s.SetProperty(h => h.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(h => h.UpdatedAt, now), ct);
            journal.RecordStatusChange<HealthMonitorEntity>(hm.Id, hm.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        var model = ProviderModelMapper.ToModel(hm);
        await invoker.CallAsync(lb.Provider, "health monitor delete", journal,
            (d, c) => d.DeleteHealthMonitorAsync(new DeleteHealthMonitorRequest { HealthMonitor = model }, c), ct);
        return Results.NoContent();
    }
}
