using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

public abstract partial class LbaasDbContext
{
    public DbSet<FlavorProfileEntity> FlavorProfiles => Set<FlavorProfileEntity>();

    public DbSet<FlavorEntity> Flavors => Set<FlavorEntity>();

    public DbSet<AvailabilityZoneProfileEntity> AvailabilityZoneProfiles => Set<AvailabilityZoneProfileEntity>();

    public DbSet<AvailabilityZoneEntity> AvailabilityZones => Set<AvailabilityZoneEntity>();

    public DbSet<QuotaEntity> Quotas => Set<QuotaEntity>();

    public DbSet<PortEntity> Ports => Set<PortEntity>();

    public DbSet<IpAllocationEntity> IpAllocations => Set<IpAllocationEntity>();

    public DbSet<SecurityGroupEntity> SecurityGroups => Set<SecurityGroupEntity>();

    partial void OnModelCreatingCatalog(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FlavorProfileEntity>(e =>
        {
            e.ToTable("flavor_profiles");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.ProviderName).HasMaxLength(64);
            e.Property(x => x.FlavorData).HasMaxLength(4096);
        });
        modelBuilder.Entity<FlavorEntity>(e =>
        {
            e.ToTable("flavors");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Description).HasMaxLength(255);
            e.HasIndex(x => x.Name).IsUnique();
            e.HasOne<FlavorProfileEntity>().WithMany().HasForeignKey(x => x.FlavorProfileId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AvailabilityZoneProfileEntity>(e =>
        {
            e.ToTable("availability_zone_profiles");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.ProviderName).HasMaxLength(64);
            e.Property(x => x.AvailabilityZoneData).HasMaxLength(4096);
        });
        modelBuilder.Entity<AvailabilityZoneEntity>(e =>
        {
            e.ToTable("availability_zones");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Description).HasMaxLength(255);
            e.HasOne<AvailabilityZoneProfileEntity>().WithMany().HasForeignKey(x => x.AvailabilityZoneProfileId)
                .OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<QuotaEntity>(e =>
        {
            e.ToTable("quotas");
            e.HasKey(x => x.ProjectId);
            e.Property(x => x.ProjectId).HasMaxLength(255);
        });
        modelBuilder.Entity<PortEntity>(e =>
        {
            e.ToTable("network_ports");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.MacAddress).HasMaxLength(32);
            e.HasIndex(x => x.NetworkId);
            e.HasIndex(x => x.DeviceId);
            e.HasMany(x => x.FixedIps).WithOne().HasForeignKey(x => x.PortId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IpAllocationEntity>(e =>
        {
            e.ToTable("network_ip_allocations");
            e.HasKey(x => x.Id);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.HasIndex(x => new { x.SubnetId, x.IpAddress }).IsUnique();
        });
        modelBuilder.Entity<SecurityGroupEntity>(e =>
        {
            e.ToTable("network_security_groups");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(255);
        });
    }
}
