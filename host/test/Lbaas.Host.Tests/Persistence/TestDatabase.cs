using Lbaas.Host.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lbaas.Host.Tests.Persistence;

/// <summary>One database wired as the host wires it (<c>AddLbaasPersistence</c>), migrated by the host's own initializer.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lbaas:Database"] = engine == DatabaseEngine.Postgres ? "postgres" : "sqlite",
                ["ConnectionStrings:Lbaas"] = connectionString,
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddLbaasPersistence(configuration).BuildServiceProvider();
    }

    public DatabaseEngine Engine { get; }

    public IServiceProvider Services => _services;

    /// <summary>Runs the host's <see cref="DatabaseInitializer"/> as startup does.</summary>
    public Task MigrateAsync() =>
        _services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(CancellationToken.None);

    /// <summary>Leases a context as a request does (a scope of its own) and returns it to the pool afterwards.</summary>
    public async Task UseAsync(Func<LbaasDbContext, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<LbaasDbContext>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
