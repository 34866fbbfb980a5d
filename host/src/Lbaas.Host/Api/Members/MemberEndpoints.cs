using System.Net;
using Lbaas.Host.Api.Pools;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Members;

/// <summary>Maps <c>/pools/{pool_id}/members</c>, including the batch update.</summary>
public static class MemberEndpoints
{
    public static readonly string[] PutFields = ["name", "admin_state_up", "weight", "backup", "monitor_address", "monitor_port", "tags"];

    public static readonly string[] PostFields = [.. PutFields, "address", "protocol_port", "subnet_id", "project_id", "tenant_id"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/pools/{poolId}/members", ListAsync);
        group.MapPost("/pools/{poolId}/members", CreateAsync);
        group.MapPut("/pools/{poolId}/members", (HttpContext c, string poolId, MemberBatchUpdater updater, CancellationToken ct) =>
            updater.UpdateAsync(c, poolId, ct));
        group.MapGet("/pools/{poolId}/members/{id}", ShowAsync);
        group.MapPut("/pools/{poolId}/members/{id}", UpdateAsync);
        group.MapDelete("/pools/{poolId}/members/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, string poolId, LbaasDbContext db, IOptions<ApiOptions> options,
        CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        var rows = await db.Members.AsNoTracking().Where(m => m.PoolId == pool.Id).ToListAsync(ct);
        return ListResponder.Render(context, query, MemberSchema.Instance, rows, m => m.Id, m => m.Tags, options.Value.ApiBaseUri);
    }

    private static async Task<MemberEntity> FindAsync(LbaasDbContext db, PoolEntity pool, string rawId, bool track, CancellationToken ct)
    {
        var id = PathId.Parse(rawId, ResourceNames.Member);
        var rows = track ? db.Members : db.Members.AsNoTracking();
        return await rows.FirstOrDefaultAsync(m => m.Id == id && m.PoolId == pool.Id, ct) ?? throw ApiException.NotFound(ResourceNames.Member, rawId);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string poolId, string id, LbaasDbContext db, CancellationToken ct)
    {
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        return JsonResult.Single(StatusCodes.Status200OK, MemberSchema.Instance, await FindAsync(db, pool, id, track: false, ct),
            ListQuery.ParseFields(context.Request.Query));
    }

    /// <summary>Reads a member create body into a new row (ids and statuses still to be set).</summary>
    public static MemberEntity ReadCreate(FieldReader r) => new()
    {
        Address = r.Ip("address", required: true)?.ToString() ?? "",
        ProtocolPort = r.Int("protocol_port", 1, 65535, required: true) ?? 0,
        Name = r.String("name"),
        AdminStateUp = r.Bool("admin_state_up") ?? true,
        Weight = r.Int("weight", 0, 256) ?? 1,
        Backup = r.Bool("backup") ?? false,
        SubnetId = r.Uuid("subnet_id"),
        MonitorAddress = r.Ip("monitor_address")?.ToString(),
        MonitorPort = r.Int("monitor_port", 1, 65535),
        Tags = r.StringList("tags") ?? [],
        ProvisioningStatus = ProvisioningStatuses.PendingCreate,
    };

    /// <summary>Checks the reserved addresses and the subnet (when a network catalog is present).</summary>
    public static async Task CheckAddressAsync(MemberEntity m, ApiOptions o, INetworkClient? network, CancellationToken ct)
    {
        var address = IPAddress.Parse(m.Address);
        if (o.ReservedIps.Any(ip => IPAddress.TryParse(ip, out var reserved) && reserved.Equals(address)))
        {
            throw ApiException.BadRequest($"{m.Address} is not a valid option for member address");
        }

        if (m.SubnetId is { } subnet && network is not null && await network.GetSubnetAsync(subnet, ct) is null)
        {
            throw ApiException.NotFound("Subnet", subnet);
        }
    }

    public static void CheckUnique(MemberEntity m, IEnumerable<MemberEntity> siblings)
    {
        if (siblings.Any(s => s.Id != m.Id && s.Address == m.Address && s.ProtocolPort == m.ProtocolPort))
        {
            throw ApiException.Conflict($"Another member on this pool is already using ip {m.Address} on protocol_port {m.ProtocolPort}");
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, string poolId, LbaasDbContext db, ProviderInvoker invoker,
        IQuotaChecker quotas, IOptions<ApiOptions> options, TimeProvider time, IServiceProvider services, CancellationToken ct)
    {
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "member");
        var errors = new List<string>();
        var member = ReadCreate(new FieldReader(body, "member_.member", PostFields, errors));
        FieldReader.ThrowIfAny(errors);
        await CheckAddressAsync(member, options.Value, services.GetService<INetworkClient>(), ct);

        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        member.Id = Guid.NewGuid();
        member.PoolId = pool.Id;
        member.LoadBalancerId = lb.Id;
        member.ProjectId = lb.ProjectId;
        member.CreatedAt = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            member.OperatingStatus = graph.HealthMonitorOf(pool.Id) is null ? OperatingStatuses.NoMonitor : OperatingStatuses.Offline;
            CheckUnique(member, graph.MembersOf(pool.Id));
            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { Members = 1 }, ct);
            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        journal.Created<MemberEntity>(member.Id);
        var model = ProviderModelMapper.ToModel(member);
        await invoker.CallAsync(lb.Provider, "member create", journal,
            (d, c) => d.CreateMemberAsync(new CreateMemberRequest { Member = model }, c), ct);
        return JsonResult.Single(StatusCodes.Status201Created, MemberSchema.Instance, member);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string poolId, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "member");
        var errors = new List<string>();
        var r = new FieldReader(body, "member_.member", PutFields, errors);
        var name = r.OptString("name");
        var admin = r.OptBool("admin_state_up");
        var weight = r.OptInt("weight", 0, 256);
        var backup = r.OptBool("backup");
        var monitorAddress = r.OptIp("monitor_address");
        var monitorPort = r.OptInt("monitor_port", 1, 65535);
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var member = await FindAsync(db, pool, id, track: true, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        var current = ProviderModelMapper.ToModel(member);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            var original = (MemberEntity)db.Entry(member).OriginalValues.ToObject();
            original.Tags = [.. member.Tags];
            member.Name = name.GetValueOrDefault(member.Name);
            member.AdminStateUp = admin.GetValueOrDefault(member.AdminStateUp);
            member.Weight = weight.TryGetValue(out var w) ? w ?? 1 : member.Weight;
            member.Backup = backup.GetValueOrDefault(member.Backup);
            member.MonitorAddress = monitorAddress.TryGetValue(out var ma) ? ma?.ToString() : member.MonitorAddress;
            member.MonitorPort = monitorPort.GetValueOrDefault(member.MonitorPort);
            if (tags is not null)
            {
                member.Tags = tags;
            }

            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            journal.Updated(original);
            member.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            member.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateMemberRequest
        {
            Current = current,
            Name = name,
            AdminStateUp = admin,
            Weight = weight.HasValue ? member.Weight : default(Optional<int>),
            Backup = backup,
            MonitorAddress = monitorAddress,
            MonitorPort = monitorPort,
        };
        await invoker.CallAsync(lb.Provider, "member update", journal, (d, c) => d.UpdateMemberAsync(request, c), ct);
        return JsonResult.Single(StatusCodes.Status200OK, MemberSchema.Instance, member);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string poolId, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        var member = await FindAsync(db, pool, id, track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == pool.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.Members.Where(m => m.Id == member.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(m => m.UpdatedAt, now), ct);
            journal.RecordStatusChange<MemberEntity>(member.Id, member.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        var model = ProviderModelMapper.ToModel(member);
        await invoker.CallAsync(lb.Provider, "member delete", journal,
            (d, c) => d.DeleteMemberAsync(new DeleteMemberRequest { Member = model }, c), ct);
        return Results.NoContent();
    }
}
