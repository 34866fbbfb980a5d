using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lbaas.Host.Persistence;

/// <summary>Holds the host's state in a SQLite file; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteLbaasDbContext(DbContextOptions<SqliteLbaasDbContext> options) : LbaasDbContext(options)
{
    private static readonly SqliteConnectionTuning Tuning = new();

    /// <summary>Points the options at a SQLite file and tunes each connection as it opens.</summary>
    internal static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(Tuning);

    /// <summary>Builds the context for <c>dotnet ef migrations add</c>, which never opens the file.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteLbaasDbContext>
    {
        public SqliteLbaasDbContext CreateDbContext(string[] args)
        {
            var builder = new DbContextOptionsBuilder<SqliteLbaasDbContext>();
            Configure(builder, "Data Source=lbaas.db");
            return new SqliteLbaasDbContext(builder.Options);
        }
    }
}
