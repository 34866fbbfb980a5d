using Lbaas.Host.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lbaas.Host.Persistence;

/// <summary>Registers the database context (SQLite by default, PostgreSQL on request) and the schema initializer.</summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddLbaasPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LbaasOptions.Section).Get<LbaasOptions>() ?? new LbaasOptions();
        var connectionString = configuration.GetConnectionString("Lbaas");
        if (options.IsPostgres)
        {
            AddPooledContext<PostgresLbaasDbContext>(services, db => PostgresLbaasDbContext.Configure(db, connectionString));
        }
        else
        {
            // The folder is made by DatabaseInitializer at startup, not here: registering must not touch the disk.
            var sqlite = string.IsNullOrEmpty(connectionString)
                ? $"Data Source={Path.Combine(options.DataDirectory, "lbaas.db")}"
                : connectionString;
            AddPooledContext<SqliteLbaasDbContext>(services, db => SqliteLbaasDbContext.Configure(db, sqlite));

            // SQLite's writers queue in memory (one host owns the file).
            services.TryAddSingleton<SqliteWriteGate>();
            services.ConfigureDbContext<SqliteLbaasDbContext>((sp, db) => db.AddInterceptors(sp.GetRequiredService<SqliteWriteGate>()));
        }

        services.AddHostedService<DatabaseInitializer>();

        // Every write raises the count the read cache checks (Api/ResponseCache).
        services.TryAddSingleton<DatabaseWriteVersion>();
        services.ConfigureDbContext<LbaasDbContext>((sp, db) => db.AddInterceptors(sp.GetRequiredService<DatabaseWriteVersion>().Interceptor));
        return services;
    }

    /// <summary>Pools the provider's context and lets resolving <see cref="LbaasDbContext"/> lease from that pool.</summary>
    /// <remarks>
    /// Pooled: a request reuses a reset context instead of building options and services each time (≈0.5 ms a request).
    /// The pool builds its options from what is configured for <typeparamref name="TContext"/> only, while code and tests
    /// configure <see cref="LbaasDbContext"/> (<c>ConfigureDbContext&lt;LbaasDbContext&gt;</c>), so that is passed on.
    /// </remarks>
    private static void AddPooledContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : LbaasDbContext
    {
        services.AddDbContextPool<LbaasDbContext, TContext>(configure);
        services.ConfigureDbContext<TContext>((sp, db) =>
        {
            foreach (var configuration in sp.GetServices<IDbContextOptionsConfiguration<LbaasDbContext>>())
            {
                configuration.Configure(sp, db);
            }
        });
    }
}
