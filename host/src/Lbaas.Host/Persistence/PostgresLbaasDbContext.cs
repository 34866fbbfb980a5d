using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lbaas.Host.Persistence;

/// <summary>Holds the host's state in PostgreSQL, which several hosts may share; its migrations are in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresLbaasDbContext(DbContextOptions<PostgresLbaasDbContext> options) : LbaasDbContext(options)
{
    /// <summary>Points the options at a PostgreSQL database.</summary>
    internal static void Configure(DbContextOptionsBuilder builder, string? connectionString) =>
        builder.UseNpgsql(connectionString);

    /// <summary>Builds the context for <c>dotnet ef migrations add</c>, which never connects.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresLbaasDbContext>
    {
        public PostgresLbaasDbContext CreateDbContext(string[] args)
        {
            var builder = new DbContextOptionsBuilder<PostgresLbaasDbContext>();
            Configure(builder, "Host=localhost;Database=lbaas");
            return new PostgresLbaasDbContext(builder.Options);
        }
    }
}
