using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

/// <summary>Brings the schema up to date before the host serves requests.</summary>
/// <remarks>
/// SQLite applies the EF migrations in <c>Persistence/Migrations</c> (generated with the pinned <c>dotnet-ef</c> local
/// tool), so a host upgrade upgrades its file in place. PostgreSQL creates the schema from the model with
/// <c>EnsureCreated</c>: it needs a migration set of its own (a second context type, since migrations are per
/// provider) before a release changes the model, and until then an upgrade means a new database.
/// </remarks>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        if (!db.Database.IsSqlite())
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            Log.Created(logger);
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any() && await HasTablesAsync(db, cancellationToken))
        {
            // EnsureCreated made this file (a build before migrations existed): migrating it would fail on the first table.
            throw new InvalidOperationException(
                $"The database '{file}' was created without migrations and cannot be upgraded; move it away and restart.");
        }

        await db.Database.MigrateAsync(cancellationToken);
        // Stored in the file, so once is enough; the per-connection settings are in SqliteConnectionTuning.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        Log.Migrated(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> HasTablesAsync(LbaasDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'load_balancers'")
            .SingleAsync(cancellationToken) > 0;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Database schema migrated.")]
        public static partial void Migrated(ILogger logger);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Database schema ensured from the model.")]
        public static partial void Created(ILogger logger);
    }
}
