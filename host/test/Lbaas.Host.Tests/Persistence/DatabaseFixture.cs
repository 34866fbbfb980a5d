using Lbaas.Host.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lbaas.Host.Tests.Persistence;

/// <summary>Hands out fresh, empty databases: SQLite files in a temp dir, and databases in one throwaway PostgreSQL cluster.</summary>
/// <remarks>The cluster starts on the first PostgreSQL database a test asks for, and stops with the fixture, as does the dir.</remarks>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lbaas-persistence-").FullName;
    private Task<ThrowawayPostgres>? _postgres;

    /// <summary>Wires a database that does not exist yet the way the host does; nothing is created until it is migrated.</summary>
    public async Task<TestDatabase> CreateAsync(DatabaseEngine engine)
    {
        var name = $"lbaas_{Guid.NewGuid():N}";
        return engine switch
        {
            DatabaseEngine.Sqlite => new TestDatabase(engine, $"Data Source={Path.Combine(_directory, name + ".db")}"),
            _ => new TestDatabase(engine, (await (_postgres ??= ThrowawayPostgres.StartAsync())).ConnectionString(name)),
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (_postgres is { IsCompletedSuccessfully: true })
            {
                await (await _postgres).DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
