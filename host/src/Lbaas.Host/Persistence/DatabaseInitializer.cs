using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lbaas.Host.Persistence;

/// <summary>Brings the schema up to date before the host serves requests.</summary>
/// <remarks>
/// Applies the configured provider's EF migrations (<c>Persistence/Migrations/Sqlite</c> or
/// <c>Persistence/Migrations/Postgres</c>, generated with the pinned <c>dotnet-ef</c> local tool), so a host upgrade
/// upgrades its database in place; a PostgreSQL database that does not exist yet is created. A database whose tables
/// were made without migrations (by <c>EnsureCreated</c> in earlier builds) has no history to upgrade from, and stops
/// startup with a message instead of failing on the first table.
/// </remarks>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && Path.GetDirectoryName(Path.GetFullPath(SqliteFile(db))) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        if (await WasCreatedWithoutMigrationsAsync(db, cancellationToken))
        {
            var name = sqlite ? $"SQLite database '{SqliteFile(db)}'" : $"PostgreSQL database '{db.Database.GetDbConnection().Database}'";
            throw new InvalidOperationException(
                $"The {name} was created without migrations and cannot be upgraded; move it away and restart.");
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite)
        {
            // Stored in the file, so once is enough; the per-connection settings are in SqliteConnectionTuning.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        Log.Migrated(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string SqliteFile(LbaasDbContext db) => new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

    private static async Task<bool> WasCreatedWithoutMigrationsAsync(LbaasDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)
            || (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return false;
        }

        var tables = db.Database.IsSqlite()
            ? db.Database.SqlQuery<long>(
                $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'load_balancers'")
            : db.Database.SqlQuery<long>(
                $"SELECT COUNT(*) AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'load_balancers'");
        return await tables.SingleAsync(cancellationToken) > 0;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Database schema migrated.")]
        public static partial void Migrated(ILogger logger);
    }
}
