using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lbaas.Host.Persistence;

public abstract partial class LbaasDbContext
{
    public DbSet<LoadBalancerEntity> LoadBalancers => Set<LoadBalancerEntity>();

    public DbSet<ListenerEntity> Listeners => Set<ListenerEntity>();

    public DbSet<PoolEntity> Pools => Set<PoolEntity>();

    public DbSet<MemberEntity> Members => Set<MemberEntity>();

    public DbSet<HealthMonitorEntity> HealthMonitors => Set<HealthMonitorEntity>();

    public DbSet<L7PolicyEntity> L7Policies => Set<L7PolicyEntity>();

    public DbSet<L7RuleEntity> L7Rules => Set<L7RuleEntity>();

    public DbSet<ListenerStatisticsEntity> ListenerStatistics => Set<ListenerStatisticsEntity>();

    partial void OnModelCreatingLoadBalancers(ModelBuilder modelBuilder)
    {
        var headersComparer = new ValueComparer<Dictionary<string, string>>(
            (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
            d => d.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
            d => new Dictionary<string, string>(d));

        modelBuilder.Entity<LoadBalancerEntity>(e =>
        {
            e.ToTable("load_balancers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProjectId);
            e.HasIndex(x => x.ProvisioningStatus);
            e.OwnsMany(x => x.AdditionalVips, v =>
            {
                v.ToTable("additional_vips");
                v.WithOwner().HasForeignKey(x => x.LoadBalancerId);
                v.HasKey(x => new { x.LoadBalancerId, x.SubnetId });
            });
            e.HasMany(x => x.Listeners).WithOne(x => x.LoadBalancer).HasForeignKey(x => x.LoadBalancerId)
                .OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Pools).WithOne(x => x.LoadBalancer).HasForeignKey(x => x.LoadBalancerId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ListenerEntity>(e =>
        {
            e.ToTable("listeners");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.LoadBalancerId);
            e.Property(x => x.InsertHeaders).HasConversion(
                d => JsonSerializer.Serialize(d, (JsonSerializerOptions?)null),
                s => JsonSerializer.Deserialize<Dictionary<string, string>>(s, (JsonSerializerOptions?)null) ?? new(),
                headersComparer);
            e.HasOne(x => x.DefaultPool).WithMany().HasForeignKey(x => x.DefaultPoolId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.L7Policies).WithOne(x => x.Listener).HasForeignKey(x => x.ListenerId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PoolEntity>(e =>
        {
            e.ToTable("pools");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.LoadBalancerId);
            e.HasMany(x => x.Members).WithOne(x => x.Pool).HasForeignKey(x => x.PoolId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.HealthMonitor).WithOne(x => x.Pool).HasForeignKey<HealthMonitorEntity>(x => x.PoolId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MemberEntity>(e =>
        {
            e.ToTable("members");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PoolId);
            e.HasIndex(x => x.LoadBalancerId);
        });

        modelBuilder.Entity<HealthMonitorEntity>(e =>
        {
            e.ToTable("health_monitors");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PoolId).IsUnique();
            e.HasIndex(x => x.LoadBalancerId);
        });

        modelBuilder.Entity<L7PolicyEntity>(e =>
        {
            e.ToTable("l7_policies");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ListenerId);
            e.HasIndex(x => x.LoadBalancerId);
            e.HasOne(x => x.RedirectPool).WithMany().HasForeignKey(x => x.RedirectPoolId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Rules).WithOne(x => x.L7Policy).HasForeignKey(x => x.L7PolicyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<L7RuleEntity>(e =>
        {
            e.ToTable("l7_rules");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.L7PolicyId);
            e.HasIndex(x => x.LoadBalancerId);
        });

        modelBuilder.Entity<ListenerStatisticsEntity>(e =>
        {
            e.ToTable("listener_statistics");
            e.HasKey(x => x.ListenerId);
            e.HasIndex(x => x.LoadBalancerId);
        });
    }
}
