using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

/// <summary>Holds the host's state: load balancers and their children, flavors, zones, quotas and the network catalog.</summary>
/// <remarks>Split into partial files by concern; each adds its sets and its model configuration.</remarks>
public sealed partial class LbaasDbContext(DbContextOptions<LbaasDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OnModelCreatingLoadBalancers(modelBuilder);
        OnModelCreatingCatalog(modelBuilder);
    }

    /// <summary>Configures load balancers, listeners, pools, members, health monitors, L7 policies and rules, statistics.</summary>
    partial void OnModelCreatingLoadBalancers(ModelBuilder modelBuilder);

    /// <summary>Configures flavors, availability zones, quotas, and the network catalog's ports and addresses.</summary>
    partial void OnModelCreatingCatalog(ModelBuilder modelBuilder);
}
