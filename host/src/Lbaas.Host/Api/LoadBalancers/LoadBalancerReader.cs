using System.Linq.Expressions;
using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Reads load balancers as the list and show replies render them, in a fixed number of queries whatever the page size.</summary>
public static class LoadBalancerReader
{
    // Only what the replies show: no flavor or zone metadata, and no join with the owned additional VIPs.
    private static readonly Expression<Func<LoadBalancerEntity, LoadBalancerEntity>> Rendered = lb => new LoadBalancerEntity
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
    };

    /// <summary>Reads every live load balancer the caller may see, with its listener and pool id stubs (three queries).</summary>
    public static async Task<List<LoadBalancerView>> ListAsync(LbaasDbContext db, ProjectContext caller, CancellationToken ct)
    {
        // One connection for the three queries instead of one open and close each.
        await db.Database.OpenConnectionAsync(ct);
        var all = caller.IsAdmin;
        var project = caller.ProjectId;
        var visible = db.LoadBalancers.AsNoTracking()
            .Where(lb => lb.ProvisioningStatus != ProvisioningStatuses.Deleted && (all || lb.ProjectId == project));
        var rows = await visible.Select(Rendered).ToListAsync(ct);
        var vips = await visible.SelectMany(lb => lb.AdditionalVips).ToListAsync(ct);
        if (vips.Count > 0)
        {
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
}
