using System.Net;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Listeners;

/// <summary>Maps <c>/listeners</c> and <c>/listeners/{id}/stats</c>.</summary>
public static class ListenerEndpoints
{
    public static readonly string[] PutFields =
    [
        "name", "description", "admin_state_up", "connection_limit", "default_pool_id", "default_tls_container_ref", "sni_container_refs",
        "insert_headers", "timeout_client_data", "timeout_member_connect", "timeout_member_data", "timeout_tcp_inspect",
        "client_ca_tls_container_ref", "client_authentication", "client_crl_container_ref", "allowed_cidrs", "tls_ciphers", "tls_versions",
        "alpn_protocols", "tags",
    ];

    public static readonly string[] PostFields =
        [.. PutFields, "loadbalancer_id", "protocol", "protocol_port", "project_id", "tenant_id"];

    private const int MaxTimeout = 2073600000;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/listeners", ListAsync);
        group.MapPost("/listeners", CreateAsync);
        group.MapGet("/listeners/{id}", ShowAsync);
        group.MapPut("/listeners/{id}", UpdateAsync);
        group.MapDelete("/listeners/{id}", DeleteAsync);
        group.MapGet("/listeners/{id}/stats", StatsAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, LbaasDbContext db, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var project = ProjectContext.Of(context);
        var rows = await db.Listeners.AsNoTracking()
            .Where(l => l.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted && (project.IsAdmin || l.ProjectId == project.ProjectId))
            .ToListAsync(ct);
        var index = await RelationIndex.LoadAsync(db, rows.Select(r => r.LoadBalancerId).ToList(), ct);
        return ListResponder.Render(context, query, ListenerSchema.Instance, rows.Select(r => new ListenerView(r, index)).ToList(),
            v => v.Entity.Id, v => v.Entity.Tags, options.Value.ApiBaseUri);
    }

    public static async Task<ListenerEntity> FindAsync(LbaasDbContext db, HttpContext context, string rawId, bool track, CancellationToken ct)
    {
        var id = PathId.Parse(rawId, ResourceNames.Listener);
        var rows = track ? db.Listeners : db.Listeners.AsNoTracking();
        var listener = await rows.FirstOrDefaultAsync(l => l.Id == id && l.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted, ct);
        if (listener is null || !ProjectContext.Of(context).CanSee(listener.ProjectId))
        {
            throw ApiException.NotFound(ResourceNames.Listener, rawId);
        }

        return listener;
    }

    private static async Task<JsonResult> RenderAsync(LbaasDbContext db, ListenerEntity listener, int status, CancellationToken ct,
        IReadOnlySet<string>? fields = null) =>
        JsonResult.Single(status, ListenerSchema.Instance, new ListenerView(listener, await RelationIndex.LoadAsync(db, [listener.LoadBalancerId], ct)),
            fields);

    private static async Task<IResult> ShowAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct)
    {
        var listener = await FindAsync(db, context, id, track: false, ct);
        return await RenderAsync(db, listener, StatusCodes.Status200OK, ct, ListQuery.ParseFields(context.Request.Query));
    }

    private static async Task<IResult> StatsAsync(HttpContext context, string id, LbaasDbContext db, CancellationToken ct)
    {
        var listener = await FindAsync(db, context, id, track: false, ct);
        var s = await db.ListenerStatistics.AsNoTracking().FirstOrDefaultAsync(x => x.ListenerId == listener.Id, ct);
        return LoadBalancers.StatisticsWriter.Render(s?.BytesIn ?? 0, s?.BytesOut ?? 0, s?.ActiveConnections ?? 0, s?.TotalConnections ?? 0,
            s?.RequestErrors ?? 0);
    }

    /// <summary>Reads a listener create body into a new row (ids and statuses still to be set).</summary>
    public static (ListenerEntity Listener, Guid? LoadBalancerId) ReadCreate(FieldReader r, ApiOptions o, bool requireLoadBalancer)
    {
        var protocol = r.Enum("protocol", ProtocolRules.ListenerProtocols, required: true);
        var listener = new ListenerEntity
        {
            Name = r.String("name"),
            Description = r.String("description"),
            AdminStateUp = r.Bool("admin_state_up") ?? true,
            Protocol = protocol is { } p ? WireName.Of(p) : "",
            ProtocolPort = r.Int("protocol_port", 1, 65535, required: true) ?? 0,
            ConnectionLimit = r.Int("connection_limit", -1, int.MaxValue) ?? -1,
            DefaultPoolId = r.Uuid("default_pool_id"),
            DefaultTlsContainerRef = r.String("default_tls_container_ref"),
            SniContainerRefs = r.StringList("sni_container_refs") ?? [],
            InsertHeaders = r.StringMap("insert_headers") ?? [],
            TimeoutClientData = r.Int("timeout_client_data", 0, MaxTimeout) ?? o.DefaultTimeoutClientData,
            TimeoutMemberConnect = r.Int("timeout_member_connect", 0, MaxTimeout) ?? o.DefaultTimeoutMemberConnect,
            TimeoutMemberData = r.Int("timeout_member_data", 0, MaxTimeout) ?? o.DefaultTimeoutMemberData,
            TimeoutTcpInspect = r.Int("timeout_tcp_inspect", 0, MaxTimeout) ?? o.DefaultTimeoutTcpInspect,
            ClientCaTlsContainerRef = r.String("client_ca_tls_container_ref"),
            ClientAuthentication = r.Enum<ClientAuthentication>("client_authentication") is { } ca ? WireName.Of(ca) : "NONE",
            ClientCrlContainerRef = r.String("client_crl_container_ref"),
            AllowedCidrs = ReadCidrs(r) ?? [],
            TlsCiphers = r.String("tls_ciphers", 2048),
            TlsVersions = ReadChoices(r, "tls_versions", ProtocolRules.TlsVersions) ?? [],
            AlpnProtocols = ReadChoices(r, "alpn_protocols", ProtocolRules.AlpnProtocols) ?? [],
            Tags = r.StringList("tags") ?? [],
            ProvisioningStatus = ProvisioningStatuses.PendingCreate,
            OperatingStatus = OperatingStatuses.Offline,
        };
        if (listener.Protocol == "TERMINATED_HTTPS")
        {
            if (!r.Has("tls_versions") || r.IsNull("tls_versions"))
            {
                listener.TlsVersions = [.. o.DefaultTlsVersions];
            }

            if (!r.Has("alpn_protocols") || r.IsNull("alpn_protocols"))
            {
                listener.AlpnProtocols = [.. o.DefaultListenerAlpnProtocols];
            }
        }

        var lbId = r.Uuid("loadbalancer_id", required: requireLoadBalancer);
        return (listener, lbId);
    }

    private static List<string>? ReadCidrs(FieldReader r)
    {
        var list = r.StringList("allowed_cidrs");
        if (list is null)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var c in list)
        {
            if (IPNetwork.TryParse(c, out var net))
            {
                result.Add(net.ToString());
            }
            else
            {
                r.Fail("allowed_cidrs", c, "Value should be IPv4 or IPv6 CIDR format");
            }
        }

        return result.Distinct().ToList();
    }

    public static List<string>? ReadChoices(FieldReader r, string name, IReadOnlyList<string> allowed)
    {
        var list = r.StringList(name);
        foreach (var v in list ?? [])
        {
            if (!allowed.Contains(v))
            {
                r.Fail(name, v, $"Value should be one of: {string.Join(", ", allowed)}");
            }
        }

        return list;
    }

    /// <summary>Checks a listener's own consistency (protocol-dependent options), Octavia's texts.</summary>
    public static void CheckOptions(ListenerEntity l)
    {
        var tlsRefs = l.DefaultTlsContainerRef is not null || l.SniContainerRefs.Count > 0 || l.ClientCaTlsContainerRef is not null;
        if (l.InsertHeaders.Count > 0)
        {
            if (l.Protocol is not ("HTTP" or "TERMINATED_HTTPS"))
            {
                throw ApiException.BadRequest($"insert-headers is not a valid option for a {l.Protocol} protocol listener.");
            }

            var unknown = l.InsertHeaders.Keys.Where(k => !ProtocolRules.HttpHeaders.Contains(k) && !ProtocolRules.SslHeaders.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                // Upstream prints the Python keys view of every header given, known ones included.
                throw ApiException.BadRequest(
                    $"dict_keys([{string.Join(", ", l.InsertHeaders.Keys.Select(k => $"'{k}'"))}]) is not a valid option for insert_headers");
            }

            var ssl = l.InsertHeaders.Keys.Where(k => ProtocolRules.SslHeaders.Contains(k)).ToList();
            if (l.Protocol != "TERMINATED_HTTPS" && ssl.Count > 0)
            {
                throw ApiException.BadRequest($"[{string.Join(", ", ssl.Select(k => $"'{k}'"))}] is not a valid option for {l.Protocol} protocol listener.");
            }
        }

        if (l.Protocol != "TERMINATED_HTTPS" && tlsRefs)
        {
            throw ApiException.Validation($"Certificate container references are not allowed on {l.Protocol} protocol listeners.");
        }

        if (l.Protocol == "TERMINATED_HTTPS" && l.DefaultTlsContainerRef is null && l.SniContainerRefs.Count == 0)
        {
            throw ApiException.Validation(
                "An SNI or default certificate container reference must be provided for TERMINATED_HTTPS protocol listeners.");
        }

        if (l.ClientAuthentication != "NONE" && l.ClientCaTlsContainerRef is null)
        {
            throw ApiException.Validation(
                $"Client authentication setting {l.ClientAuthentication} requires a client CA container reference.");
        }

        if (l.ClientCrlContainerRef is not null && l.ClientCaTlsContainerRef is null)
        {
            throw ApiException.Validation(
                "A client authentication CA reference is required to specify a client authentication revocation list.");
        }
    }

    /// <summary>Raises 409 when another listener on the load balancer uses the port in the same L4 family.</summary>
    public static void CheckPortFree(ListenerEntity candidate, IEnumerable<ListenerEntity> siblings)
    {
        var family = ProtocolRules.FamilyOf(candidate.Protocol);
        // Upstream names the protocol of the listener already holding the port, not the requested one.
        var holder = siblings.FirstOrDefault(s =>
            s.Id != candidate.Id && s.ProtocolPort == candidate.ProtocolPort && ProtocolRules.FamilyOf(s.Protocol) == family);
        if (holder is not null)
        {
            throw ApiException.Conflict(
                $"Another Listener on this Load Balancer is already using protocol {holder.Protocol} and protocol_port {candidate.ProtocolPort}");
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, LbaasDbContext db, ProviderInvoker invoker, IQuotaChecker quotas,
        IOptions<ApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "listener");
        var errors = new List<string>();
        var r = new FieldReader(body, "listener_.listener", PostFields, errors);
        var (listener, lbId) = ReadCreate(r, options.Value, requireLoadBalancer: true);
        FieldReader.ThrowIfAny(errors);

        var lb = await LoadBalancers.LoadBalancerEndpoints.FindAsync(db, context, lbId!.Value.ToString(), track: false, ct);
        listener.Id = Guid.NewGuid();
        listener.LoadBalancerId = lb.Id;
        listener.ProjectId = lb.ProjectId;
        listener.CreatedAt = time.GetUtcNow().UtcDateTime;
        CheckOptions(listener);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var siblings = await db.Listeners.AsNoTracking().Where(l => l.LoadBalancerId == lb.Id).ToListAsync(ct);
            if (listener.DefaultPoolId is { } poolId)
            {
                var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.LoadBalancerId == lb.Id, ct)
                    ?? throw ApiException.NotFound(ResourceNames.Pool, poolId);
                ProtocolRules.CheckPoolFitsListener(listener.Protocol, pool.Protocol);
            }

            CheckPortFree(listener, siblings);
            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { Listeners = 1 }, ct);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            db.Listeners.Add(listener);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        journal.Created<ListenerEntity>(listener.Id);
        var model = await ModelAsync(db, listener.LoadBalancerId, listener.Id, ct);
        await invoker.CallAsync(lb.Provider, "listener create", journal,
            (d, c) => d.CreateListenerAsync(new CreateListenerRequest { Listener = model }, c), ct);
        return await RenderAsync(db, listener, StatusCodes.Status201Created, ct);
    }

    private static async Task<Listener> ModelAsync(LbaasDbContext db, Guid lbId, Guid listenerId, CancellationToken ct)
    {
        var graph = await LoadBalancerGraph.LoadAsync(db, lbId, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lbId);
        var row = graph.Listeners.FirstOrDefault(l => l.Id == listenerId) ?? throw ApiException.NotFound(ResourceNames.Listener, listenerId);
        return ProviderModelMapper.ToModel(graph, row);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        IOptions<ApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "listener");
        var errors = new List<string>();
        var r = new FieldReader(body, "listener_.listener", PutFields, errors);
        var o = options.Value;
        var name = r.OptString("name");
        var description = r.OptString("description");
        var admin = r.OptBool("admin_state_up");
        var connectionLimit = r.OptInt("connection_limit", -1, int.MaxValue);
        var defaultPool = r.OptUuid("default_pool_id");
        var tlsRef = r.OptString("default_tls_container_ref");
        var sni = r.Has("sni_container_refs") ? new Optional<List<string>>(r.StringList("sni_container_refs") ?? []) : default;
        var headers = r.Has("insert_headers") ? new Optional<Dictionary<string, string>>(r.StringMap("insert_headers") ?? []) : default;
        var tcd = r.OptInt("timeout_client_data", 0, MaxTimeout);
        var tmc = r.OptInt("timeout_member_connect", 0, MaxTimeout);
        var tmd = r.OptInt("timeout_member_data", 0, MaxTimeout);
        var tti = r.OptInt("timeout_tcp_inspect", 0, MaxTimeout);
        var caRef = r.OptString("client_ca_tls_container_ref");
        var clientAuth = r.Has("client_authentication")
            ? new Optional<string>(r.Enum<ClientAuthentication>("client_authentication") is { } ca ? WireName.Of(ca) : "NONE")
            : default;
        var crlRef = r.OptString("client_crl_container_ref");
        var cidrs = r.Has("allowed_cidrs") ? new Optional<List<string>>(ReadCidrs(r) ?? []) : default;
        var ciphers = r.OptString("tls_ciphers", 2048);
        var tlsVersions = r.Has("tls_versions") ? new Optional<List<string>?>(ReadChoices(r, "tls_versions", ProtocolRules.TlsVersions)) : default;
        var alpn = r.Has("alpn_protocols") ? new Optional<List<string>?>(ReadChoices(r, "alpn_protocols", ProtocolRules.AlpnProtocols)) : default;
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var listener = await FindAsync(db, context, id, track: true, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == listener.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        Listener current;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            current = ProviderModelMapper.ToModel(graph, graph.Listeners.First(l => l.Id == listener.Id));
            var original = (ListenerEntity)db.Entry(listener).OriginalValues.ToObject();
            original.SniContainerRefs = [.. listener.SniContainerRefs];
            original.InsertHeaders = new(listener.InsertHeaders);
            original.AllowedCidrs = [.. listener.AllowedCidrs];
            original.TlsVersions = [.. listener.TlsVersions];
            original.AlpnProtocols = [.. listener.AlpnProtocols];
            original.Tags = [.. listener.Tags];

            if (name.TryGetValue(out var n))
            {
                listener.Name = n;
            }

            if (description.TryGetValue(out var d))
            {
                listener.Description = d;
            }

            if (admin.TryGetValue(out var a))
            {
                listener.AdminStateUp = a;
            }

            if (connectionLimit.TryGetValue(out var cl))
            {
                listener.ConnectionLimit = cl ?? -1;
            }

            if (defaultPool.TryGetValue(out var dp))
            {
                if (dp is { } poolId)
                {
                    var pool = graph.Pools.FirstOrDefault(p => p.Id == poolId) ?? throw ApiException.NotFound(ResourceNames.Pool, poolId);
                    ProtocolRules.CheckPoolFitsListener(listener.Protocol, pool.Protocol);
                }

                listener.DefaultPoolId = dp;
            }

            if (tlsRef.TryGetValue(out var tr))
            {
                listener.DefaultTlsContainerRef = tr;
            }

            if (sni.TryGetValue(out var s))
            {
                listener.SniContainerRefs = s;
            }

            if (headers.TryGetValue(out var h))
            {
                listener.InsertHeaders = h;
            }

            listener.TimeoutClientData = tcd.TryGetValue(out var v1) ? v1 ?? o.DefaultTimeoutClientData : listener.TimeoutClientData;
            listener.TimeoutMemberConnect = tmc.TryGetValue(out var v2) ? v2 ?? o.DefaultTimeoutMemberConnect : listener.TimeoutMemberConnect;
            listener.TimeoutMemberData = tmd.TryGetValue(out var v3) ? v3 ?? o.DefaultTimeoutMemberData : listener.TimeoutMemberData;
            listener.TimeoutTcpInspect = tti.TryGetValue(out var v4) ? v4 ?? o.DefaultTimeoutTcpInspect : listener.TimeoutTcpInspect;
            if (caRef.TryGetValue(out var car))
            {
                listener.ClientCaTlsContainerRef = car;
            }

            if (clientAuth.TryGetValue(out var cau))
            {
                listener.ClientAuthentication = cau;
            }

            if (crlRef.TryGetValue(out var crl))
            {
                listener.ClientCrlContainerRef = crl;
            }

            if (cidrs.TryGetValue(out var cd))
            {
                listener.AllowedCidrs = cd;
            }

            if (ciphers.TryGetValue(out var ci))
            {
                listener.TlsCiphers = ci;
            }

            var tls = listener.Protocol == "TERMINATED_HTTPS";
            if (tlsVersions.TryGetValue(out var tv))
            {
                listener.TlsVersions = tv ?? (tls ? [.. o.DefaultTlsVersions] : []);
            }

            if (alpn.TryGetValue(out var al))
            {
                listener.AlpnProtocols = al ?? (tls ? [.. o.DefaultListenerAlpnProtocols] : []);
            }

            if (tags is not null)
            {
                listener.Tags = tags;
            }

            CheckOptions(listener);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            journal.Updated(original);
            listener.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            listener.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateListenerRequest
        {
            Current = current,
            Name = name,
            Description = description,
            AdminStateUp = admin,
            ConnectionLimit = connectionLimit.HasValue ? listener.ConnectionLimit : default(Optional<int>),
            DefaultPoolId = defaultPool,
            DefaultTlsContainerRef = tlsRef,
            SniContainerRefs = sni.HasValue ? listener.SniContainerRefs : default(Optional<IReadOnlyList<string>>),
            InsertHeaders = headers.HasValue ? listener.InsertHeaders : default(Optional<IReadOnlyDictionary<string, string>>),
            TimeoutClientData = tcd.HasValue ? listener.TimeoutClientData : default(Optional<int>),
            TimeoutMemberConnect = tmc.HasValue ? listener.TimeoutMemberConnect : default(Optional<int>),
            TimeoutMemberData = tmd.HasValue ? listener.TimeoutMemberData : default(Optional<int>),
            TimeoutTcpInspect = tti.HasValue ? listener.TimeoutTcpInspect : default(Optional<int>),
            ClientCaTlsContainerRef = caRef,
            ClientAuthentication = clientAuth.HasValue ? WireName.Parse<ClientAuthentication>(listener.ClientAuthentication) : default(Optional<ClientAuthentication>),
            ClientCrlContainerRef = crlRef,
            AllowedCidrs = cidrs.HasValue ? listener.AllowedCidrs.Select(c => IPNetwork.Parse(c)).ToList() : default(Optional<IReadOnlyList<IPNetwork>>),
            TlsCiphers = ciphers,
            TlsVersions = tlsVersions.HasValue ? listener.TlsVersions : default(Optional<IReadOnlyList<string>>),
            AlpnProtocols = alpn.HasValue ? listener.AlpnProtocols : default(Optional<IReadOnlyList<string>>),
        };
        await invoker.CallAsync(lb.Provider, "listener update", journal, (drv, c) => drv.UpdateListenerAsync(request, c), ct);
        return await RenderAsync(db, listener, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var listener = await FindAsync(db, context, id, track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == listener.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        Listener model;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            model = await ModelAsync(db, lb.Id, listener.Id, ct);
            await ChildLocks.LockLoadBalancerAsync(db, journal, lb.Id, ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.Listeners.Where(l => l.Id == listener.Id).ExecuteUpdateAsync(
                s => s.SetProperty(l => l.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(l => l.UpdatedAt, now), ct);
            journal.RecordStatusChange<ListenerEntity>(listener.Id, listener.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        await invoker.CallAsync(lb.Provider, "listener delete", journal,
            (d, c) => d.DeleteListenerAsync(new DeleteListenerRequest { Listener = model }, c), ct);
        return Results.NoContent();
    }
}
