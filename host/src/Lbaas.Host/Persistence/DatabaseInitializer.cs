using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.Persistence;

/// <summary>Brings the schema up to date before the host serves requests.</summary>
/// <remarks>
/// SQLite applies the EF migrations in <c>Persistence/Migrations</c> when there are any; PostgreSQL (and SQLite before
/// the first migration exists) creates the schema from the model with <c>EnsureCreated</c>.
/// </remarks>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        if (db.Database.IsSqlite() && db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
            Log.Migrated(logger);
        }
        else
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            Log.Created(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Database schema migrated.")]
        public static partial void Migrated(ILogger logger);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Database schema ensured from the model.")]
        public static partial void Created(ILogger logger);
    }
}
