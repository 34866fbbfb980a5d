using System.Collections;
using System.Globalization;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lbaas.Host.Tests.Persistence;

/// <summary>Checks the schema on both databases: migrated from scratch, every column round-trips, the unique constraints hold.</summary>
/// <remarks>Each test gets a database of its own; on PostgreSQL all of them live in the one cluster of <see cref="DatabaseFixture"/>.</remarks>
public sealed class LbaasDbContextTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private const string SqliteFirstMigration = "20261124010442_Initial";

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.Postgres)]
    public async Task The_model_has_no_change_that_lacks_a_migration(DatabaseEngine engine)
    {
        // Needs no server: the model is compared with the last migration's snapshot.
        await using var database = Unconnected(engine);

        await database.UseAsync(db =>
        {
            var context = db.GetType().Name;
            Assert.False(db.Database.HasPendingModelChanges(),
                $"{context} has model changes without a migration; add one for each database (docs/operator-guide.md): "
                + $"dotnet tool run dotnet-ef migrations add <Name> --context {context} --output-dir Persistence/Migrations/{engine}");
            return Task.CompletedTask;
        });
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite, typeof(SqliteLbaasDbContext))]
    [InlineData(DatabaseEngine.Postgres, typeof(PostgresLbaasDbContext))]
    public async Task Asking_for_LbaasDbContext_leases_the_configured_databases_context_from_the_pool(DatabaseEngine engine, Type expected)
    {
        await using var database = Unconnected(engine);
        LbaasDbContext? first = null;

        await database.UseAsync(db =>
        {
            first = db;
            return Task.CompletedTask;
        });
        await database.UseAsync(db =>
        {
            Assert.IsType(expected, db);
            Assert.Same(first, db);
            return Task.CompletedTask;
        });
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task A_write_raises_the_write_version_configured_for_LbaasDbContext(DatabaseEngine engine)
    {
        // The interceptor is configured for the base type and the pool builds the subclass's options: it must get there.
        await using var database = await MigratedAsync(engine);
        var version = database.Services.GetRequiredService<DatabaseWriteVersion>();
        var before = version.Current;

        await SaveAsync(database, db => db.Quotas.Add(new QuotaEntity { ProjectId = "p1", InUseLoadBalancer = 1 }));

        Assert.True(version.Current > before, $"write version on {engine}: {before} before the write, {version.Current} after");
    }

    [Fact]
    public async Task Sqlite_keeps_the_migration_ids_existing_files_were_made_with()
    {
        await using var database = Unconnected(DatabaseEngine.Sqlite);

        await database.UseAsync(db =>
        {
            Assert.Equal(SqliteFirstMigration, db.Database.GetMigrations().First());
            return Task.CompletedTask;
        });
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task A_fresh_database_migrates_to_the_latest_migration_and_a_restart_finds_it_current(DatabaseEngine engine)
    {
        await using var database = await databases.CreateAsync(engine);

        await database.MigrateAsync();
        await database.MigrateAsync();

        await database.UseAsync(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        });
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task A_database_made_without_migrations_stops_startup_with_a_message(DatabaseEngine engine)
    {
        await using var database = await databases.CreateAsync(engine);
        await database.UseAsync(db => db.Database.EnsureCreatedAsync());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(database.MigrateAsync);

        Assert.Contains("was created without migrations and cannot be upgraded; move it away and restart", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task Every_column_of_every_table_round_trips(DatabaseEngine engine)
    {
        await using var database = await databases.CreateAsync(engine);
        await database.MigrateAsync();

        await database.UseAsync(async written =>
        {
            FullyPopulatedRows.AddTo(written);
            await written.SaveChangesAsync();
            var rows = written.ChangeTracker.Entries().ToList();
            Assert.Empty(written.Model.GetEntityTypes().Select(t => t.Name).Except(rows.Select(r => r.Metadata.Name)));

            await database.UseAsync(async read =>
            {
                await LoadEveryTableAsync(read);
                var problems = new List<string>();
                foreach (var row in rows)
                {
                    var stored = read.ChangeTracker.Entries()
                        .SingleOrDefault(e => e.Metadata.Name == row.Metadata.Name && KeyOf(e).SequenceEqual(KeyOf(row)));
                    if (stored is null)
                    {
                        problems.Add($"{row.Metadata.DisplayName()} {string.Join('/', KeyOf(row))}: not read back");
                        continue;
                    }

                    problems.AddRange(Differences(row, stored));
                }

                Assert.True(problems.Count == 0, $"On {engine}:\n{string.Join('\n', problems)}");
                Assert.Equal(rows.Count, read.ChangeTracker.Entries().Count());
            });
        });
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task An_address_is_allocated_at_most_once_per_subnet(DatabaseEngine engine)
    {
        var subnet = Guid.NewGuid();
        await using var database = await MigratedAsync(engine);
        await SaveAsync(database, db => db.Ports.Add(Port(subnet, "10.0.0.5")));

        // The same address on another subnet is a different allocation.
        await SaveAsync(database, db => db.Ports.Add(Port(Guid.NewGuid(), "10.0.0.5")));
        await AssertUniqueViolationAsync(database, db => db.Ports.Add(Port(subnet, "10.0.0.5")));
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task Flavor_names_are_unique(DatabaseEngine engine)
    {
        var profile = new FlavorProfileEntity { Id = Guid.NewGuid(), Name = "fp", ProviderName = "noop" };
        await using var database = await MigratedAsync(engine);
        await SaveAsync(database, db => db.AddRange(profile, new FlavorEntity { Id = Guid.NewGuid(), Name = "gold", FlavorProfileId = profile.Id }));

        await AssertUniqueViolationAsync(database,
            db => db.Flavors.Add(new FlavorEntity { Id = Guid.NewGuid(), Name = "gold", FlavorProfileId = profile.Id }));
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task Availability_zone_names_are_unique(DatabaseEngine engine)
    {
        var profile = new AvailabilityZoneProfileEntity { Id = Guid.NewGuid(), Name = "azp", ProviderName = "noop" };
        await using var database = await MigratedAsync(engine);
        await SaveAsync(database, db => db.AddRange(profile, new AvailabilityZoneEntity { Name = "az1", AvailabilityZoneProfileId = profile.Id }));

        await AssertUniqueViolationAsync(database,
            db => db.AvailabilityZones.Add(new AvailabilityZoneEntity { Name = "az1", AvailabilityZoneProfileId = profile.Id }));
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task A_project_has_one_quota_row(DatabaseEngine engine)
    {
        await using var database = await MigratedAsync(engine);
        await SaveAsync(database, db => db.Quotas.Add(new QuotaEntity { ProjectId = "p1", InUseLoadBalancer = 1 }));

        await AssertUniqueViolationAsync(database, db => db.Quotas.Add(new QuotaEntity { ProjectId = "p1", InUseLoadBalancer = 1 }));
    }

    [Theory]
    [OnDatabase(DatabaseEngine.Sqlite)]
    [OnDatabase(DatabaseEngine.Postgres)]
    public async Task A_pool_has_at_most_one_health_monitor(DatabaseEngine engine)
    {
        var lb = new LoadBalancerEntity { Id = Guid.NewGuid(), Provider = "noop" };
        var pool = new PoolEntity { Id = Guid.NewGuid(), LoadBalancerId = lb.Id, Protocol = "HTTP", LbAlgorithm = "ROUND_ROBIN" };
        await using var database = await MigratedAsync(engine);
        await SaveAsync(database, db => db.AddRange(lb, pool, Monitor(pool)));

        await AssertUniqueViolationAsync(database, db => db.HealthMonitors.Add(Monitor(pool)));
    }

    private static TestDatabase Unconnected(DatabaseEngine engine) => engine == DatabaseEngine.Sqlite
        ? new TestDatabase(engine, "Data Source=never-opened.db")
        : new TestDatabase(engine, "Host=127.0.0.1;Port=1;Database=never_opened");

    private async Task<TestDatabase> MigratedAsync(DatabaseEngine engine)
    {
        var database = await databases.CreateAsync(engine);
        await database.MigrateAsync();
        return database;
    }

    private static Task SaveAsync(TestDatabase database, Action<LbaasDbContext> add) =>
        database.UseAsync(db =>
        {
            add(db);
            return db.SaveChangesAsync();
        });

    /// <summary>Saves a duplicate from a fresh context, so the database, not EF's identity map, is what refuses it.</summary>
    private static Task AssertUniqueViolationAsync(TestDatabase database, Action<LbaasDbContext> addDuplicate) =>
        database.UseAsync(async db =>
        {
            addDuplicate(db);
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            // What the host tells a lost race by (NetworkCatalogClient), on either database.
            Assert.True(error.InnerException is SqliteException { SqliteErrorCode: 19 }
                    or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation },
                $"expected a unique violation on {database.Engine}, got {error.InnerException}");
        });

    private static PortEntity Port(Guid subnet, string address)
    {
        var id = Guid.NewGuid();
        return new PortEntity
        {
            Id = id,
            NetworkId = Guid.NewGuid(),
            MacAddress = "fa:16:3e:00:00:02",
            FixedIps = [new IpAllocationEntity { Id = Guid.NewGuid(), PortId = id, SubnetId = subnet, IpAddress = address }],
        };
    }

    private static HealthMonitorEntity Monitor(PoolEntity pool) =>
        new() { Id = Guid.NewGuid(), LoadBalancerId = pool.LoadBalancerId, PoolId = pool.Id, Type = "PING", Delay = 5, Timeout = 3, MaxRetries = 2 };

    private static async Task LoadEveryTableAsync(LbaasDbContext db)
    {
        await db.FlavorProfiles.LoadAsync();
        await db.Flavors.LoadAsync();
        await db.AvailabilityZoneProfiles.LoadAsync();
        await db.AvailabilityZones.LoadAsync();
        await db.LoadBalancers.LoadAsync();
        await db.Listeners.LoadAsync();
        await db.Pools.LoadAsync();
        await db.Members.LoadAsync();
        await db.HealthMonitors.LoadAsync();
        await db.L7Policies.LoadAsync();
        await db.L7Rules.LoadAsync();
        await db.ListenerStatistics.LoadAsync();
        await db.Quotas.LoadAsync();
        await db.Ports.LoadAsync();
        await db.IpAllocations.LoadAsync();
        await db.SecurityGroups.LoadAsync();
    }

    private static object?[] KeyOf(EntityEntry entry) =>
        [.. entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)];

    /// <summary>Lists each column that came back different, and each that was written with its type's default (which proves nothing).</summary>
    private static IEnumerable<string> Differences(EntityEntry written, EntityEntry read)
    {
        foreach (var property in written.Metadata.GetProperties())
        {
            var column = $"{written.Metadata.GetTableName()}.{property.GetColumnName()}";
            var expected = written.Property(property.Name).CurrentValue;
            var actual = read.Property(property.Name).CurrentValue;
            if (IsDefault(expected))
            {
                yield return $"{column}: written as {Show(expected)}; give it a value in FullyPopulatedRows";
            }
            else if (!property.GetValueComparer().Equals(expected, actual))
            {
                yield return $"{column}: wrote {Show(expected)}, read {Show(actual)}";
            }
        }
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => value.Equals(Activator.CreateInstance(value.GetType())),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IDictionary d => $"{{{string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}: {d[k]}"))}}}",
        IEnumerable e => $"[{string.Join(", ", e.Cast<object>())}]",
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
