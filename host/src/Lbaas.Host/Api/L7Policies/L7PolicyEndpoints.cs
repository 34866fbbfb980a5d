using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.L7Policies;

/// <summary>Maps <c>/l7policies</c>.</summary>
public static class L7PolicyEndpoints
{
    public static readonly string[] PutFields =
    [
        "name", "description", "admin_state_up", "action", "redirect_pool_id", "redirect_url", "redirect_prefix", "redirect_http_code",
        "position", "tags",
    ];

    public static readonly string[] PostFields = [.. PutFields, "listener_id", "project_id", "tenant_id"];

    private static readonly int[] RedirectCodes = [301, 302, 303, 307, 308];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/l7policies", ListAsync);
        group.MapPost("/l7policies", CreateAsync);
        group.MapGet("/l7policies/{id}", ShowAsync);
        group.MapPut("/l7policies/{id}", UpdateAsync);
        group.MapDelete("/l7policies/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var project = ProjectContext.Of(context);
        var rows = await db.L7Policies.AsNoTracking()
            .Where(p => p.Listener!.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted
                && (project.IsAdmin || p.ProjectId == project.ProjectId))
            .ToListAsync(ct);
        var index = await RelationIndex.LoadAsync(db, rows.Select(r => r.LoadBalancerId).ToList(), ct);
        return ListResponder.Render(context, query, L7PolicySchema.Instance, rows.Select(r => new L7PolicyView(r, index)).ToList(),
            v => v.Entity.Id, v => v.Entity.Tags, options.Value.ApiBaseUri);
    }

    public static Task<L7PolicyEntity> FindAsync(LbaasDbContext db, HttpContext context, string rawId, bool track, CancellationToken ct) =>
        FindAsync(db, context, rawId, track, ResourceNames.L7Policy, ct);

    /// <summary>Finds the policy named in a rule path; upstream spells it without the space there ("L7Policy … not found.").</summary>
    public static Task<L7PolicyEntity> FindParentAsync(LbaasDbContext db, HttpContext context, string rawId, bool track, CancellationToken ct) =>
        FindAsync(db, context, rawId, track, "L7Policy", ct);

    private static async Task<L7PolicyEntity> FindAsync(
        LbaasDbContext db, HttpContext context, string rawId, bool track, string resourceName, CancellationToken ct)
    {
        var id = PathId.Parse(rawId, resourceName);
        var rows = track ? db.L7Policies : db.L7Policies.AsNoTracking();
        var policy = await rows.FirstOrDefaultAsync(
            p => p.Id == id && p.Listener!.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted, ct);
        if (policy is null || !ProjectContext.Of(context).CanSee(policy.ProjectId))
        {
            throw ApiException.NotFound(resourceName, rawId);
        }

        return policy;
    }

    private static async Task<JsonResult> RenderAsync(LbaasDbContext db, L7PolicyEntity policy, int status, CancellationToken ct,
        IReadOnlySet<string>? fields = null) =>
        JsonResult.Single(status, L7PolicySchema.Instance, new L7PolicyView(policy, await RelationIndex.LoadAsync(db, [policy.LoadBalancerId], ct)),
            fields);

    private static async Task<IResult> ShowAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct) =>
        await RenderAsync(db, await FindAsync(db, context, id, track: false, ct), StatusCodes.Status200OK, ct,
            ListQuery.ParseFields(context.Request.Query));

    /// <summary>Reads a policy create body into a new row.</summary>
    public static (L7PolicyEntity Policy, Guid? ListenerId, int? Position) ReadCreate(FieldReader r)
    {
        var policy = new L7PolicyEntity
        {
            Name = r.String("name"),
            Description = r.String("description"),
            AdminStateUp = r.Bool("admin_state_up") ?? true,
            Action = r.Enum<L7PolicyAction>("action") is { } a ? WireName.Of(a) : "",
            RedirectPoolId = r.Uuid("redirect_pool_id"),
            RedirectUrl = r.String("redirect_url"),
            RedirectPrefix = r.String("redirect_prefix"),
            RedirectHttpCode = r.Int("redirect_http_code", 301, 308),
            Tags = r.StringList("tags") ?? [],
            ProvisioningStatus = ProvisioningStatuses.PendingCreate,
            OperatingStatus = OperatingStatuses.Offline,
        };
        return (policy, r.Uuid("listener_id"), r.Int("position", 1, int.MaxValue));
    }

    /// <summary>Makes action and redirect fields consistent as Octavia does, or raises its 400.</summary>
    public static void Sanitize(L7PolicyEntity p)
    {
        if (p.Action == "")
        {
            p.Action = p.RedirectPoolId is not null ? "REDIRECT_TO_POOL"
                : p.RedirectUrl is not null ? "REDIRECT_TO_URL"
                : p.RedirectPrefix is not null ? "REDIRECT_PREFIX"
                : throw ApiException.InvalidInput("action", null, "Mandatory field missing.");
        }

        switch (p.Action)
        {
            case "REJECT":
                (p.RedirectPoolId, p.RedirectUrl, p.RedirectPrefix, p.RedirectHttpCode) = (null, null, null, null);
                break;
            case "REDIRECT_TO_POOL":
                if (p.RedirectPoolId is null)
                {
                    throw ApiException.BadRequest("Invalid L7 Policy arguments: redirect_pool_id or redirect_pool must not be None");
                }

                if (p.RedirectUrl is not null || p.RedirectPrefix is not null)
                {
                    throw ApiException.BadRequest("Invalid L7 Policy arguments: Cannot specify redirect_url or redirect_prefix with redirect_pool_id");
                }

                p.RedirectHttpCode = null;
                break;
            case "REDIRECT_TO_URL":
                if (p.RedirectUrl is null)
                {
                    throw ApiException.BadRequest("Invalid L7 Policy arguments: redirect_url must not be None");
                }

                CheckUrl("redirect_url", p.RedirectUrl);
                (p.RedirectPoolId, p.RedirectPrefix) = (null, null);
                p.RedirectHttpCode ??= 302;
                break;
            case "REDIRECT_PREFIX":
                if (p.RedirectPrefix is null)
                {
                    throw ApiException.BadRequest("Invalid L7 Policy arguments: redirect_prefix must not be None");
                }

                CheckUrl("redirect_prefix", p.RedirectPrefix);
                (p.RedirectPoolId, p.RedirectUrl) = (null, null);
                p.RedirectHttpCode ??= 302;
                break;
        }

        if (p.RedirectHttpCode is { } code && !RedirectCodes.Contains(code))
        {
            throw ApiException.InvalidInput("redirect_http_code", code.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Value should be one of: 301, 302, 303, 307, 308");
        }
    }

    private static void CheckUrl(string field, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || url.Any(char.IsControl))
        {
            throw ApiException.InvalidInput(field, url, "Value must be a valid URL string");
        }
    }

    /// <summary>Checks the policy against its listener and the load balancer's pools.</summary>
    public static void CheckAgainst(L7PolicyEntity p, ListenerEntity listener, IEnumerable<PoolEntity> pools)
    {
        if (listener.Protocol == "PROMETHEUS")
        {
            throw ApiException.BadRequest("Protocol PROMETHEUS listeners cannot have child objects.");
        }

        if (p.RedirectPoolId is { } poolId)
        {
            var pool = pools.FirstOrDefault(x => x.Id == poolId) ?? throw ApiException.NotFound(ResourceNames.Pool, poolId);
            ProtocolRules.CheckPoolFitsListener(listener.Protocol, pool.Protocol);
        }
    }

    /// <summary>Inserts or moves a policy in its listener's list and renumbers positions 1..N.</summary>
    public static void Renumber(List<L7PolicyEntity> siblings, L7PolicyEntity policy, int? position)
    {
        siblings.RemoveAll(s => s.Id == policy.Id);
        siblings.Sort((a, b) => a.Position.CompareTo(b.Position));
        var index = position is { } p ? Math.Clamp(p - 1, 0, siblings.Count) : siblings.Count;
        siblings.Insert(index, policy);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Position = i + 1;
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, LbaasDbContext db, ProviderInvoker invoker, IQuotaChecker quotas,
        TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "l7policy");
        var errors = new List<string>();
        var r = new FieldReader(body, "l7policy_.l7policy", PostFields, errors);
        var (policy, listenerId, position) = ReadCreate(r);
        if (listenerId is null && !r.Has("listener_id"))
        {
            errors.Add(ApiException.InvalidInputText("listener_id", null, "Mandatory field missing."));
        }

        FieldReader.ThrowIfAny(errors);
        Sanitize(policy);
        var listener = await Listeners.ListenerEndpoints.FindAsync(db, context, listenerId!.Value.ToString(), track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == listener.LoadBalancerId, ct);
        policy.Id = Guid.NewGuid();
        policy.ListenerId = listener.Id;
        policy.LoadBalancerId = lb.Id;
        policy.ProjectId = lb.ProjectId;
        policy.CreatedAt = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var pools = await db.Pools.AsNoTracking().Where(p => p.LoadBalancerId == lb.Id).ToListAsync(ct);
            CheckAgainst(policy, listener, pools);
            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { L7Policies = 1 }, ct);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            await journal.MarkParentsAsync<ListenerEntity>(db, [listener.Id], ct);
            var siblings = await db.L7Policies.Where(p => p.ListenerId == listener.Id).ToListAsync(ct);
            Renumber(siblings, policy, position);
            db.L7Policies.Add(policy);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        journal.Created<L7PolicyEntity>(policy.Id);
        var model = await ModelAsync(db, lb.Id, policy.Id, ct);
        await invoker.CallAsync(lb.Provider, "L7 policy create", journal,
            (d, c) => d.CreateL7PolicyAsync(new CreateL7PolicyRequest { L7Policy = model }, c), ct);
        return await RenderAsync(db, policy, StatusCodes.Status201Created, ct);
    }

    public static async Task<L7Policy> ModelAsync(LbaasDbContext db, Guid lbId, Guid policyId, CancellationToken ct)
    {
        var graph = await LoadBalancerGraph.LoadAsync(db, lbId, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lbId);
        return ProviderModelMapper.ToModel(graph, graph.L7Policies.First(p => p.Id == policyId));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "l7policy");
        var errors = new List<string>();
        var r = new FieldReader(body, "l7policy_.l7policy", PutFields, errors);
        var name = r.OptString("name");
        var description = r.OptString("description");
        var admin = r.OptBool("admin_state_up");
        var action = r.Has("action") ? r.Enum<L7PolicyAction>("action", required: true) : null;
        var redirectPool = r.OptUuid("redirect_pool_id");
        var redirectUrl = r.OptString("redirect_url");
        var redirectPrefix = r.OptString("redirect_prefix");
        var redirectCode = r.OptInt("redirect_http_code", 301, 308);
        var position = r.OptInt("position", 1, int.MaxValue);
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var policy = await FindAsync(db, context, id, track: true, ct);
        var listener = await db.Listeners.AsNoTracking().FirstAsync(l => l.Id == policy.ListenerId, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == policy.LoadBalancerId, ct);
        var original = (L7PolicyEntity)db.Entry(policy).OriginalValues.ToObject();
        original.Tags = [.. policy.Tags];
        var journal = new MutationJournal(time);
        L7Policy current;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            current = await ModelAsync(db, lb.Id, policy.Id, ct);
            policy.Name = name.GetValueOrDefault(policy.Name);
            policy.Description = description.GetValueOrDefault(policy.Description);
            policy.AdminStateUp = admin.GetValueOrDefault(policy.AdminStateUp);
            if (action is { } a)
            {
                policy.Action = WireName.Of(a);
            }
            else if (redirectPool.TryGetValue(out var rp) && rp is not null)
            {
                policy.Action = "REDIRECT_TO_POOL";
            }
            else if (redirectUrl.TryGetValue(out var ru) && ru is not null)
            {
                policy.Action = "REDIRECT_TO_URL";
            }
            else if (redirectPrefix.TryGetValue(out var rx) && rx is not null)
            {
                policy.Action = "REDIRECT_PREFIX";
            }

            policy.RedirectPoolId = redirectPool.GetValueOrDefault(policy.RedirectPoolId);
            policy.RedirectUrl = redirectUrl.GetValueOrDefault(policy.RedirectUrl);
            policy.RedirectPrefix = redirectPrefix.GetValueOrDefault(policy.RedirectPrefix);
            policy.RedirectHttpCode = redirectCode.GetValueOrDefault(policy.RedirectHttpCode);
            if (policy.Action == "REDIRECT_TO_POOL")
            {
                (policy.RedirectUrl, policy.RedirectPrefix) = (null, null);
            }
            else if (policy.Action == "REDIRECT_TO_URL")
            {
                (policy.RedirectPoolId, policy.RedirectPrefix) = (null, null);
            }
            else if (policy.Action == "REDIRECT_PREFIX")
            {
                (policy.RedirectPoolId, policy.RedirectUrl) = (null, null);
            }

            if (tags is not null)
            {
                policy.Tags = tags;
            }

            Sanitize(policy);
            var pools = await db.Pools.AsNoTracking().Where(p => p.LoadBalancerId == lb.Id).ToListAsync(ct);
            CheckAgainst(policy, listener, pools);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            await journal.MarkParentsAsync<ListenerEntity>(db, [listener.Id], ct);
            if (position.TryGetValue(out var pos))
            {
                var siblings = await db.L7Policies.Where(p => p.ListenerId == listener.Id).ToListAsync(ct);
                Renumber(siblings, policy, pos);
            }

            journal.Updated(original);
            policy.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            policy.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateL7PolicyRequest
        {
            Current = current,
            Name = name,
            Description = description,
            AdminStateUp = admin,
            Action = WireName.Parse<L7PolicyAction>(policy.Action) is var act && act != current.Action || action is not null
                ? act
                : default(Optional<L7PolicyAction>),
            Position = position.HasValue ? policy.Position : default(Optional<int>),
            RedirectPoolId = policy.RedirectPoolId != current.RedirectPoolId || redirectPool.HasValue ? policy.RedirectPoolId : default(Optional<Guid?>),
            RedirectUrl = policy.RedirectUrl != current.RedirectUrl || redirectUrl.HasValue ? policy.RedirectUrl : default(Optional<string?>),
            RedirectPrefix = policy.RedirectPrefix != current.RedirectPrefix || redirectPrefix.HasValue
                ? policy.RedirectPrefix
                : default(Optional<string?>),
            RedirectHttpCode = policy.RedirectHttpCode != current.RedirectHttpCode || redirectCode.HasValue
                ? policy.RedirectHttpCode
                : default(Optional<int?>),
        };
        await invoker.CallAsync(lb.Provider, "L7 policy update", journal, (d, c) => d.UpdateL7PolicyAsync(request, c), ct);
        return await RenderAsync(db, policy, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var policy = await FindAsync(db, context, id, track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == policy.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        L7Policy model;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            model = await ModelAsync(db, lb.Id, policy.Id, ct);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            await journal.MarkParentsAsync<ListenerEntity>(db, [policy.ListenerId], ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.L7Policies.Where(p => p.Id == policy.Id).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(p => p.UpdatedAt, now), ct);
            journal.RecordStatusChange<L7PolicyEntity>(policy.Id, policy.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        await invoker.CallAsync(lb.Provider, "L7 policy delete", journal,
            (d, c) => d.DeleteL7PolicyAsync(new DeleteL7PolicyRequest { L7Policy = model }, c), ct);
        return Results.NoContent();
    }
}
