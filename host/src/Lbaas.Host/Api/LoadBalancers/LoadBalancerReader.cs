using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Reads load balancers as the list and show replies render them, in a fixed number of queries whatever the page size.</summary>
public static class LoadBalancerReader
{
    // Compiled once: the list runs on every poll of every client, and these two are the widest queries it makes. Only what
    // the replies show is read (no flavor or zone metadata), and additional VIPs, which few load balancers have, are read
    // only when some row has them.
    private static readonly Func<LbaasDbContext, bool, string, IAsyncEnumerable<ListedRow>> Rows = EF.CompileAsyncQuery(
        (LbaasDbContext db, bool all, string project) => db.LoadBalancers.AsNoTracking()
            .Where(lb => lb.ProvisioningStatus != ProvisioningStatuses.Deleted && (all || lb.ProjectId == project))
            .Select(lb => new ListedRow(
                new LoadBalancerEntity
                {
                    Id = lb.Id,
                    ProjectId = lb.ProjectId,
                    Name = lb.Name,
                    Description = lb.Description,
                    AdminStateUp = lb.AdminStateUp,
                    ProvisioningStatus = lb.ProvisioningStatus,
                    OperatingStatus = lb.OperatingStatus,
                    Tags = lb.Tags,
                    CreatedAt = lb.CreatedAt,
                    UpdatedAt = lb.UpdatedAt,
                    Provider = lb.Provider,
                    FlavorId = lb.FlavorId,
                    AvailabilityZone = lb.AvailabilityZone,
                    VipAddress = lb.VipAddress,
                    VipPortId = lb.VipPortId,
                    VipSubnetId = lb.VipSubnetId,
                    VipNetworkId = lb.VipNetworkId,
                    VipQosPolicyId = lb.VipQosPolicyId,
                },
                lb.AdditionalVips.Any())));

    private static readonly Func<LbaasDbContext, bool, string, IAsyncEnumerable<AdditionalVipEntity>> AdditionalVips = EF.CompileAsyncQuery(
        (LbaasDbContext db, bool all, string project) => db.LoadBalancers.AsNoTracking()
            .Where(lb => lb.ProvisioningStatus != ProvisioningStatuses.Deleted && (all || lb.ProjectId == project))
            .SelectMany(lb => lb.AdditionalVips));

    /// <summary>Reads every live load balancer the caller may see, with its listener and pool id stubs (two or three queries).</summary>
    public static async Task<List<LoadBalancerView>> ListAsync(LbaasDbContext db, ProjectContext caller, CancellationToken ct)
    {
        // One connection for every query instead of one open and close each.
        await db.Database.OpenConnectionAsync(ct);
        var all = caller.IsAdmin;
        var project = caller.ProjectId;
        var rows = new List<LoadBalancerEntity>();
        var anyVips = false;
        await foreach (var row in Rows(db, all, project).WithCancellation(ct))
        {
            rows.Add(row.LoadBalancer);
            anyVips |= row.HasAdditionalVips;
        }

        if (anyVips)
        {
            var vips = new List<AdditionalVipEntity>();
            await foreach (var vip in AdditionalVips(db, all, project).WithCancellation(ct))
            {
                vips.Add(vip);
            }

            var vipsByLb = vips.ToLookup(v => v.LoadBalancerId);
            foreach (var lb in rows)
            {
                lb.AdditionalVips = [.. vipsByLb[lb.Id]];
            }
        }

        var stubs = await StubsAsync(
            db.Listeners.Where(l => l.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted && (all || l.ProjectId == project)),
            db.Pools.Where(p => p.LoadBalancer!.ProvisioningStatus != ProvisioningStatuses.Deleted && (all || p.ProjectId == project)),
            ct);
        return rows.Select(lb => View(lb, stubs)).ToList();
    }

    /// <summary>Adds the listener and pool id stubs to one load balancer (one query).</summary>
    public static async Task<LoadBalancerView> ViewAsync(LbaasDbContext db, LoadBalancerEntity lb, CancellationToken ct)
    {
        var id = lb.Id;
        var stubs = await StubsAsync(db.Listeners.Where(l => l.LoadBalancerId == id), db.Pools.Where(p => p.LoadBalancerId == id), ct);
        return View(lb, stubs);
    }

    private static LoadBalancerView View(LoadBalancerEntity lb, ILookup<(Guid LoadBalancerId, bool IsListener), Guid> stubs) =>
        new(lb, new IdRefs([.. stubs[(lb.Id, true)]]), new IdRefs([.. stubs[(lb.Id, false)]]));

    /// <summary>Reads listener and pool ids in one round trip, each load balancer's in creation order.</summary>
    private static async Task<ILookup<(Guid LoadBalancerId, bool IsListener), Guid>> StubsAsync(IQueryable<ListenerEntity> listeners,
        IQueryable<PoolEntity> pools, CancellationToken ct)
    {
        var rows = await listeners.AsNoTracking().Select(l => new { l.LoadBalancerId, l.Id, l.CreatedAt, IsListener = true })
            .Concat(pools.AsNoTracking().Select(p => new { p.LoadBalancerId, p.Id, p.CreatedAt, IsListener = false }))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToLookup(r => (r.LoadBalancerId, r.IsListener), r => r.Id);
    }

    private sealed record ListedRow(LoadBalancerEntity LoadBalancer, bool HasAdditionalVips);
}
