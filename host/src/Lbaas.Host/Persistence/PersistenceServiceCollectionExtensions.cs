using Lbaas.Host.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lbaas.Host.Persistence;

/// <summary>Registers the database context (SQLite by default, PostgreSQL on request) and the schema initializer.</summary>
public static class PersistenceServiceCollectionExtensions
{
    private static readonly SqliteConnectionTuning SqliteTuning = new();

    public static IServiceCollection AddLbaasPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LbaasOptions.Section).Get<LbaasOptions>() ?? new LbaasOptions();
        var connectionString = configuration.GetConnectionString("Lbaas");
        // Pooled: a request reuses a reset context instead of building options and services each time (≈0.5 ms a request).
        services.AddDbContextPool<LbaasDbContext>(db =>
        {
            if (string.Equals(options.Database, "postgres", StringComparison.OrdinalIgnoreCase))
            {
                db.UseNpgsql(connectionString);
            }
            else
            {
                // The folder is made by DatabaseInitializer at startup, not here: design-time tools build this context too.
                db.UseSqlite(string.IsNullOrEmpty(connectionString)
                    ? $"Data Source={Path.Combine(options.DataDirectory, "lbaas.db")}"
                    : connectionString)
                  .AddInterceptors(SqliteTuning);
            }
        });
        services.AddHostedService<DatabaseInitializer>();

        // Every write raises the count the read cache checks (Api/ResponseCache); SQLite's writers queue in memory.
        services.TryAddSingleton<DatabaseWriteVersion>();
        services.TryAddSingleton<SqliteWriteGate>();
        services.ConfigureDbContext<LbaasDbContext>((sp, db) =>
        {
            db.AddInterceptors(sp.GetRequiredService<DatabaseWriteVersion>().Interceptor);
            if (!string.Equals(options.Database, "postgres", StringComparison.OrdinalIgnoreCase))
            {
                db.AddInterceptors(sp.GetRequiredService<SqliteWriteGate>());
            }
        });
        return services;
    }
}
