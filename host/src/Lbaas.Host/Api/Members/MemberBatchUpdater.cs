using System.Text.Json;
using Lbaas.Host.Api.Pools;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Members;

/// <summary>Replaces a pool's member set (<c>PUT /pools/{id}/members</c>): matches by address and port, creates, rewrites and deletes in one driver call.</summary>
public sealed class MemberBatchUpdater(LbaasDbContext db, ProviderInvoker invoker, IQuotaChecker quotas, IOptions<ApiOptions> options,
    TimeProvider time, IServiceProvider services)
{
    public async Task<IResult> UpdateAsync(HttpContext context, string poolId, CancellationToken ct)
    {
        var additiveOnly = string.Equals(context.Request.Query["additive_only"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var pool = await PoolEndpoints.FindAsync(db, context, poolId, track: false, ct);
        var root = await RequestBody.ReadAsync(context.Request, ct);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("members", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw ApiException.InvalidInput("members", null, "Mandatory field missing.");
        }

        var errors = new List<string>();
        var entries = new List<(MemberEntity Member, FieldReader Reader)>();
        foreach (var item in list.EnumerateArray())
        {
            var r = new FieldReader(item, "members_", MemberEndpoints.PostFields, errors);
            entries.Add((MemberEndpoints.ReadCreate(r), r));
        }

        FieldReader.ThrowIfAny(errors);
        var lb = db.LoadBalancers.First(l => l.Id == pool.LoadBalancerId);
        var network = services.GetService<INetworkClient>();
        var now = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        Pool current;
        var desired = new List<MemberEntity>();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var graph = await LoadBalancerGraph.LoadAsync(db, lb.Id, ct) ?? throw ApiException.NotFound(ResourceNames.LoadBalancer, lb.Id);
            current = ProviderModelMapper.ToModel(graph, graph.Pools.First(p => p.Id == pool.Id));
            var existing = db.Members.Where(m => m.PoolId == pool.Id).ToList();
            if (entries.Count == 0 && existing.Count == 0)
            {
                return Results.StatusCode(StatusCodes.Status202Accepted);
            }

            var hasMonitor = graph.HealthMonitorOf(pool.Id) is not null;
            var matched = new HashSet<Guid>();
            var created = new List<MemberEntity>();
            foreach (var (input, r) in entries)
            {
                var row = existing.FirstOrDefault(e => e.Address == input.Address && e.ProtocolPort == input.ProtocolPort);
                if (row is null)
                {
                    await MemberEndpoints.CheckAddressAsync(input, options.Value, network, ct);
                    MemberEndpoints.CheckUnique(input, created);
                    input.Id = Guid.NewGuid();
                    input.PoolId = pool.Id;
                    input.LoadBalancerId = lb.Id;
                    input.ProjectId = lb.ProjectId;
                    input.CreatedAt = now;
                    input.OperatingStatus = hasMonitor ? OperatingStatuses.Offline : OperatingStatuses.NoMonitor;
                    created.Add(input);
                    desired.Add(input);
                    continue;
                }

                var original = (MemberEntity)db.Entry(row).OriginalValues.ToObject();
                original.Tags = [.. row.Tags];
                journal.Updated(original);
                matched.Add(row.Id);
                row.Weight = input.Weight;
                row.Backup = input.Backup;
                row.AdminStateUp = input.AdminStateUp;
                row.MonitorAddress = input.MonitorAddress;
                row.MonitorPort = input.MonitorPort;
                row.SubnetId = input.SubnetId ?? row.SubnetId;
                if (r.Has("name"))
                {
                    row.Name = input.Name;
                }

                if (r.Has("tags"))
                {
                    row.Tags = input.Tags;
                }

                row.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
                row.UpdatedAt = now;
                desired.Add(row);
            }

            var deleted = 0;
            foreach (var row in existing.Where(e => !matched.Contains(e.Id)))
            {
                if (additiveOnly)
                {
                    desired.Add(row);
                    continue;
                }

                journal.RecordStatusChange<MemberEntity>(row.Id, row.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
                row.ProvisioningStatus = ProvisioningStatuses.PendingDelete;
                row.UpdatedAt = now;
                deleted++;
            }

            var increase = created.Count - deleted;
            if (increase > 0)
            {
                await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { Members = increase }, ct);
            }

            await ChildLocks.LockPoolChildAsync(db, journal, graph, pool, ct);
            db.Members.AddRange(created);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            foreach (var m in created)
            {
                journal.Created<MemberEntity>(m.Id);
            }
        }

        var request = new BatchUpdateMembersRequest { Pool = current, Members = desired.Select(ProviderModelMapper.ToModel).ToList() };
        await invoker.CallAsync(lb.Provider, "member batch update", journal, (d, c) => d.BatchUpdateMembersAsync(request, c), ct);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }
}
