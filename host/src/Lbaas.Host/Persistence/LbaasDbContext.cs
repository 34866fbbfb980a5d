using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

/// <summary>Holds the host's state: load balancers and their children, flavors, zones, quotas and the network catalog.</summary>
/// <remarks>
/// Split into partial files by concern; each adds its sets and its model configuration. Abstract because EF migrations
/// belong to one provider: <see cref="SqliteLbaasDbContext"/> and <see cref="PostgresLbaasDbContext"/> share this model
/// and each owns its migration set. Code asks DI for <see cref="LbaasDbContext"/> and gets the configured provider's.
/// </remarks>
public abstract partial class LbaasDbContext : DbContext
{
    /// <summary>Initializes the context with the options of the provider subclass.</summary>
    protected LbaasDbContext(DbContextOptions options)
        : base(options)
    {
    }

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
