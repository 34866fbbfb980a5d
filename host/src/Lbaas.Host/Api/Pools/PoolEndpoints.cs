using System.Text.Json;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Pools;

/// <summary>Maps <c>/pools</c>.</summary>
public static class PoolEndpoints
{
    public static readonly string[] PutFields =
    [
        "name", "description", "admin_state_up", "lb_algorithm", "session_persistence", "tls_enabled", "tls_container_ref",
        "ca_tls_container_ref", "crl_container_ref", "tls_ciphers", "tls_versions", "alpn_protocols", "tags",
    ];

    public static readonly string[] PostFields = [.. PutFields, "protocol", "loadbalancer_id", "listener_id", "project_id", "tenant_id"];

    private static readonly string[] PersistenceFields = ["type", "cookie_name", "persistence_timeout", "persistence_granularity"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/pools", ListAsync);
        group.MapPost("/pools", CreateAsync);
        group.MapGet("/pools/{id}", ShowAsync);
        group.MapPut("/pools/{id}", UpdateAsync);
        group.MapDelete("/pools/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var project = ProjectContext.Of(context);
        var rows = await db.Pools.AsNoTracking()
            .Where(p => p.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted && (project.IsAdmin || p.ProjectId == project.ProjectId))
            .ToListAsync(ct);
        var index = await RelationIndex.LoadAsync(db, rows.Select(r => r.LoadBalancerId).ToList(), ct);
        return ListResponder.Render(context, query, PoolSchema.Instance, rows.Select(r => new PoolView(r, index)).ToList(),
            v => v.Entity.Id, v => v.Entity.Tags, options.Value.ApiBaseUri);
    }

    public static async Task<PoolEntity> FindAsync(LbaasDbContext db, HttpContext context, string rawId, bool track, CancellationToken ct,
        string? resourceName = null)
    {
        var id = PathId.Parse(rawId, resourceName ?? ResourceNames.Pool);
        var rows = track ? db.Pools : db.Pools.AsNoTracking();
        var pool = await rows.FirstOrDefaultAsync(p => p.Id == id && p.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted, ct);
        if (pool is null || !ProjectContext.Of(context).CanSee(pool.ProjectId))
        {
            throw ApiException.NotFound(resourceName ?? ResourceNames.Pool, rawId);
        }

        return pool;
    }

    public static async Task<JsonResult> RenderAsync(LbaasDbContext db, PoolEntity pool, int status, CancellationToken ct,
        IReadOnlySet<string>? fields = null) =>
        JsonResult.Single(status, PoolSchema.Instance, new PoolView(pool, await RelationIndex.LoadAsync(db, [pool.LoadBalancerId], ct)), fields);

    private static async Task<IResult> ShowAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct) =>
        await RenderAsync(db, await FindAsync(db, context, id, track: false, ct), StatusCodes.Status200OK, ct,
            ListQuery.ParseFields(context.Request.Query));

    /// <summary>Reads a pool create body into a new row (ids and statuses still to be set).</summary>
    public static (PoolEntity Pool, Guid? LoadBalancerId, Guid? ListenerId) ReadCreate(FieldReader r, ApiOptions o)
    {
        var protocol = r.Enum("protocol", ProtocolRules.PoolProtocols, required: true);
        var algorithm = r.Enum<LoadBalancingAlgorithm>("lb_algorithm", required: true);
        var pool = new PoolEntity
        {
            Name = r.String("name"),
            Description = r.String("description"),
            AdminStateUp = r.Bool("admin_state_up") ?? true,
            Protocol = protocol is { } p ? WireName.Of(p) : "",
            LbAlgorithm = algorithm is { } a ? WireName.Of(a) : "",
            TlsEnabled = r.Bool("tls_enabled") ?? false,
            TlsContainerRef = r.String("tls_container_ref"),
            CaTlsContainerRef = r.String("ca_tls_container_ref"),
            CrlContainerRef = r.String("crl_container_ref"),
            TlsCiphers = r.String("tls_ciphers", 2048),
            TlsVersions = Listeners.ListenerEndpoints.ReadChoices(r, "tls_versions", ProtocolRules.TlsVersions) ?? [],
            AlpnProtocols = Listeners.ListenerEndpoints.ReadChoices(r, "alpn_protocols", ProtocolRules.AlpnProtocols) ?? [],
            Tags = r.StringList("tags") ?? [],
            ProvisioningStatus = ProvisioningStatuses.PendingCreate,
            OperatingStatus = OperatingStatuses.Offline,
        };
        ReadPersistence(r, pool);
        if (pool.TlsEnabled)
        {
            if (!r.Has("tls_versions") || r.IsNull("tls_versions"))
            {
                pool.TlsVersions = [.. o.DefaultTlsVersions];
            }

            if (!r.Has("alpn_protocols") || r.IsNull("alpn_protocols"))
            {
                pool.AlpnProtocols = [.. o.DefaultPoolAlpnProtocols];
            }
        }

        return (pool, r.Uuid("loadbalancer_id"), r.Uuid("listener_id"));
    }

    private static void ReadPersistence(FieldReader r, PoolEntity pool)
    {
        if (!r.TryGet("session_persistence", out var sp) || sp.ValueKind == JsonValueKind.Null)
        {
            pool.SessionPersistenceType = null;
            pool.SessionPersistenceCookieName = null;
            pool.SessionPersistenceTimeout = null;
            pool.SessionPersistenceGranularity = null;
            return;
        }

        var s = new FieldReader(sp, "session_persistence", PersistenceFields, r.Errors);
        pool.SessionPersistenceType = s.Enum<SessionPersistenceType>("type", required: true) is { } t ? WireName.Of(t) : null;
        pool.SessionPersistenceCookieName = s.String("cookie_name");
        pool.SessionPersistenceTimeout = s.Int("persistence_timeout", 0, int.MaxValue);
        pool.SessionPersistenceGranularity = s.Ip("persistence_granularity")?.ToString();
    }

    /// <summary>Checks a pool's own consistency (session persistence against protocol, CRL needs CA).</summary>
    public static void CheckOptions(PoolEntity p)
    {
        var udpLike = p.Protocol is "UDP" or "SCTP";
        if (p.SessionPersistenceType is { } type)
        {
            if (udpLike && type is "HTTP_COOKIE" or "APP_COOKIE")
            {
                throw ApiException.Validation($"Session persistence of type {type} is not supported for {p.Protocol} protocol pools.");
            }

            if (p.SessionPersistenceCookieName is not null && type != "APP_COOKIE")
            {
                throw ApiException.Validation("Field \"cookie_name\" can only be specified with session persistence of type \"APP_COOKIE\".");
            }

            if (type == "APP_COOKIE" && string.IsNullOrEmpty(p.SessionPersistenceCookieName))
            {
                throw ApiException.Validation("Field \"cookie_name\" must be specified when using the \"APP_COOKIE\" session persistence type.");
            }

            if (!udpLike && (p.SessionPersistenceTimeout is not null || p.SessionPersistenceGranularity is not null))
            {
                throw ApiException.Validation("persistence_timeout and persistence_granularity is only for UDP and SCTP protocol pools.");
            }
        }

        if (p.CrlContainerRef is not null && p.CaTlsContainerRef is null)
        {
            throw ApiException.Validation("A CA certificate reference is required to specify a revocation list.");
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, LbaasDbContext db, ProviderInvoker invoker, IQuotaChecker quotas,
        IOptions<ApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "pool");
        var errors = new List<string>();
        var r = new FieldReader(body, "pool_.pool", PostFields, errors);
        var (pool, lbId, listenerId) = ReadCreate(r, options.Value);
        FieldReader.ThrowIfAny(errors);
        CheckOptions(pool);

        ListenerEntity? listener = null;
        if (listenerId is { } lid)
        {
            listener = await Listeners.ListenerEndpoints.FindAsync(db, context, lid.ToString(), track: false, ct);
            if (lbId is { } given && given != listener.LoadBalancerId)
            {
                throw ApiException.Validation("Listener and load balancer must be on the same load balancer.");
            }

            lbId = listener.LoadBalancerId;
        }

        if (lbId is null)
        {
            throw ApiException.Validation("Must provide at least one of: loadbalancer_id, listener_id");
        }

        var lb = await LoadBalancers.LoadBalancerEndpoints.FindAsync(db, context, lbId.Value.ToString(), track: false, ct);
        pool.Id = Guid.NewGuid();
        pool.LoadBalancerId = lb.Id;
        pool.ProjectId = lb.ProjectId;
        pool.CreatedAt = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (listener is not null)
            {
                ProtocolRules.CheckPoolFitsListener(listener.Protocol, pool.Protocol);
                var fresh = await db.Listeners.AsNoTracking().FirstAsync(l => l.Id == listener.Id, ct);
                if (fresh.DefaultPoolId is not null)
                {
                    throw ApiException.Conflict("This listener already has a default pool");
                }
            }

            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { Pools = 1 }, ct);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            db.Pools.Add(pool);
            await db.SaveChangesAsync(ct);
            if (listener is not null)
            {
                await journal.MarkParentsAsync<ListenerEntity>(db, [listener.Id], ct);
                await db.Listeners.Where(l => l.Id == listener.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.DefaultPoolId, pool.Id), ct);
            }

            await tx.CommitAsync(ct);
        }

        journal.Created<PoolEntity>(pool.Id);
        var model = await ModelAsync(db, lb.Id, pool.Id, ct);
        await invoker.CallAsync(lb.Provider, "pool create", journal,
            (d, c) => d.CreatePoolAsync(new CreatePoolRequest { Pool = model }, c), ct);
        return await RenderAsync(db, pool, StatusCodes.Status201Created, ct);
    }

    public static async Task<Pool> ModelAsync(LbaasDbContext db, Guid lbId, Guid poolId, CancellationToken ct)
    {
        var graph = await LoadBalancerGraph.LoadAsync(db, lbId, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lbId);
        var row = graph.Pools.FirstOrDefault(p => p.Id == poolId) ?? throw ApiException.NotFound(ResourceNames.Pool, poolId);
        return ProviderModelMapper.ToModel(graph, row);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        IOptions<ApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "pool");
        var errors = new List<string>();
        var r = new FieldReader(body, "pool_.pool", PutFields, errors);
        var o = options.Value;
        var name = r.OptString("name");
        var description = r.OptString("description");
        var admin = r.OptBool("admin_state_up");
        var algorithm = r.Has("lb_algorithm") ? r.Enum<LoadBalancingAlgorithm>("lb_algorithm", required: true) : null;
        var tlsEnabled = r.OptBool("tls_enabled");
        var tlsRef = r.OptString("tls_container_ref");
        var caRef = r.OptString("ca_tls_container_ref");
        var crlRef = r.OptString("crl_container_ref");
        var ciphers = r.OptString("tls_ciphers", 2048);
        var tlsVersions = r.Has("tls_versions")
            ? new Optional<List<string>?>(Listeners.ListenerEndpoints.ReadChoices(r, "tls_versions", ProtocolRules.TlsVersions))
            : default;
        var alpn = r.Has("alpn_protocols")
            ? new Optional<List<string>?>(Listeners.ListenerEndpoints.ReadChoices(r, "alpn_protocols", ProtocolRules.AlpnProtocols))
            : default;
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        var pool = await FindAsync(db, context, id, track: true, ct);
        var original = (PoolEntity)db.Entry(pool).OriginalValues.ToObject();
        original.TlsVersions = [.. pool.TlsVersions];
        original.AlpnProtocols = [.. pool.AlpnProtocols];
        original.Tags = [.. pool.Tags];
        var hasPersistence = r.Has("session_persistence");
        if (hasPersistence)
        {
            ReadPersistence(r, pool);
        }

        FieldReader.ThrowIfAny(errors);

        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        Pool current;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            current = ProviderModelMapper.ToModel(graph, graph.Pools.First(p => p.Id == pool.Id));
            if (hasPersistence)
            {
                current = current with { SessionPersistence = ProviderModelMapper.ToModel(graph, original).SessionPersistence };
            }

            pool.Name = name.GetValueOrDefault(pool.Name);
            pool.Description = description.GetValueOrDefault(pool.Description);
            pool.AdminStateUp = admin.GetValueOrDefault(pool.AdminStateUp);
            if (algorithm is { } alg)
            {
                pool.LbAlgorithm = WireName.Of(alg);
            }

            pool.TlsEnabled = tlsEnabled.GetValueOrDefault(pool.TlsEnabled);
            pool.TlsContainerRef = tlsRef.GetValueOrDefault(pool.TlsContainerRef);
            pool.CaTlsContainerRef = caRef.GetValueOrDefault(pool.CaTlsContainerRef);
            pool.CrlContainerRef = crlRef.GetValueOrDefault(pool.CrlContainerRef);
            pool.TlsCiphers = ciphers.GetValueOrDefault(pool.TlsCiphers);
            if (tlsVersions.TryGetValue(out var tv))
            {
                pool.TlsVersions = tv ?? (pool.TlsEnabled ? [.. o.DefaultTlsVersions] : []);
            }

            if (alpn.TryGetValue(out var al))
            {
                pool.AlpnProtocols = al ?? (pool.TlsEnabled ? [.. o.DefaultPoolAlpnProtocols] : []);
            }

            if (tags is not null)
            {
                pool.Tags = tags;
            }

            CheckOptions(pool);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            await journal.MarkParentsAsync<ListenerEntity>(db, graph.ListenerIdsOf(pool.Id), ct);
            journal.Updated(original);
            pool.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            pool.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var after = await ModelAsync(db, lb.Id, pool.Id, ct);
        var request = new UpdatePoolRequest
        {
            Current = current,
            Name = name,
            Description = description,
            AdminStateUp = admin,
            LbAlgorithm = algorithm is { } x ? x : default(Optional<LoadBalancingAlgorithm>),
            SessionPersistence = hasPersistence ? after.SessionPersistence : default(Optional<SessionPersistence?>),
            TlsEnabled = tlsEnabled,
            TlsContainerRef = tlsRef,
            CaTlsContainerRef = caRef,
            CrlContainerRef = crlRef,
            TlsVersions = tlsVersions.HasValue ? Optional.Of(after.TlsVersions) : default(Optional<IReadOnlyList<string>>),
            TlsCiphers = ciphers,
            AlpnProtocols = alpn.HasValue ? Optional.Of(after.AlpnProtocols) : default(Optional<IReadOnlyList<string>>),
        };
        await invoker.CallAsync(lb.Provider, "pool update", journal, (d, c) => d.UpdatePoolAsync(request, c), ct);
        return await RenderAsync(db, pool, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var pool = await FindAsync(db, context, id, track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        Pool model;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            if (graph.L7Policies.FirstOrDefault(p => p.RedirectPoolId == pool.Id) is { } policy)
            {
                throw ApiException.Conflict($"Pool {pool.Id} is in use by L7 policy {policy.Id}");
            }

            model = ProviderModelMapper.ToModel(graph, graph.Pools.First(p => p.Id == pool.Id));
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            await journal.MarkParentsAsync<ListenerEntity>(db, graph.ListenerIdsOf(pool.Id), ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.Pools.Where(p => p.Id == pool.Id).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(p => p.UpdatedAt, now), ct);
            journal.RecordStatusChange<PoolEntity>(pool.Id, pool.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        await invoker.CallAsync(lb.Provider, "pool delete", journal, (d, c) => d.DeletePoolAsync(new DeletePoolRequest { Pool = model }, c), ct);
        return Results.NoContent();
    }
}
