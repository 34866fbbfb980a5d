using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lbaas.Host.Tests.Catalog;

/// <summary>Runs the host in memory with the real provider registry: plugins copied into a temporary plugin root.</summary>
/// <remarks>The noop plugin is deployed by default, as a production host deploys its built-in drivers.</remarks>
internal sealed class CatalogHost : IAsyncDisposable
{
    public const string NoopFolder = "Lbaas.Drivers.Noop";
    public const string FutureMajorFolder = "Lbaas.Sdk.TestPlugins.FutureMajor";

    private readonly WebApplicationFactory<Program> _factory;

    private CatalogHost(Dictionary<string, string?> settings, IEnumerable<string> plugins, Action<IServiceCollection>? services)
    {
        Root = Path.Combine(Path.GetTempPath(), "lbaas-catalog-tests", Guid.NewGuid().ToString("N"));
        PluginRoot = Path.Combine(Root, "plugins");
        Directory.CreateDirectory(PluginRoot);
        foreach (var plugin in plugins)
        {
            Deploy(plugin, PluginRoot);
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Lbaas", $"Data Source={Path.Combine(Root, "lbaas.db")}");
            b.UseSetting("Lbaas:DataDirectory", Root);
            b.UseSetting("Lbaas:Providers:PluginRoot", PluginRoot);
            b.UseSetting("Lbaas:WarmUp:Rounds", "0");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureLogging(l => l.AddProvider(Logs));
            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        try
        {
            Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:9876") });
        }
        catch
        {
            _factory.Dispose();
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    public string Root { get; }

    public string PluginRoot { get; }

    public HttpClient Client { get; }

    public LogCollector Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    public TestServer Server => _factory.Server;

    public static string BuildOutput(string key) =>
        typeof(CatalogHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Starts a host with the noop plugin (unless <paramref name="plugins"/> says otherwise).</summary>
    public static CatalogHost Start(
        Dictionary<string, string?>? settings = null, string[]? plugins = null, Action<IServiceCollection>? services = null) =>
        new(settings ?? [], plugins ?? [NoopFolder], services);

    /// <summary>Copies a built plugin into a plugin root, as a deployment does.</summary>
    public static string Deploy(string folder, string under)
    {
        var source = folder switch
        {
            NoopFolder => BuildOutput("NoopPluginDir"),
            FutureMajorFolder => BuildOutput("FutureMajorPluginDir"),
            _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "Unknown test plugin."),
        };
        var target = Path.Combine(under, folder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return target;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A plugin assembly can stay mapped until its load context is collected; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null) =>
        Client.SendJsonAsync(method, path, body);

    public Task<(int Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(int Status, JsonElement Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<(int Status, JsonElement Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<(int Status, JsonElement Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Creates a flavor profile and returns its id, failing the test on any other answer than 201.</summary>
    public async Task<string> CreateFlavorProfileAsync(string name = "fp1", string provider = "noop", string data = "{}")
    {
        var (status, body) = await PostAsync("/v2.0/lbaas/flavorprofiles",
            new { flavorprofile = new { name, provider_name = provider, flavor_data = data } });
        Assert.True(status == 201, $"flavor profile create answered {status}: {body}");
        return body.GetProperty("flavorprofile").GetProperty("id").GetString()!;
    }

    /// <summary>Creates a flavor and returns its id.</summary>
    public async Task<string> CreateFlavorAsync(string profileId, string name = "f1", bool enabled = true)
    {
        var (status, body) = await PostAsync("/v2.0/lbaas/flavors",
            new { flavor = new { name, flavor_profile_id = profileId, enabled } });
        Assert.True(status == 201, $"flavor create answered {status}: {body}");
        return body.GetProperty("flavor").GetProperty("id").GetString()!;
    }

    /// <summary>Creates a load balancer on the default VIP subnet and returns the reply.</summary>
    public Task<(int Status, JsonElement Body)> CreateLoadBalancerAsync(object? extra = null, string? project = null)
    {
        var fields = new Dictionary<string, object?> { ["name"] = "lb", ["vip_subnet_id"] = NetworkCatalogOptions.VipSubnetId };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                fields[property.Name] = property.GetValue(extra);
            }
        }

        if (project is not null)
        {
            fields["project_id"] = project;
        }

        return PostAsync("/v2/lbaas/loadbalancers", new { loadbalancer = fields });
    }

    /// <summary>Waits until a load balancer is ACTIVE.</summary>
    public Task WaitForActiveAsync(string id) =>
        Eventually.EqualAsync("ACTIVE", async _ =>
        {
            var (code, body) = await GetAsync($"/v2/lbaas/loadbalancers/{id}");
            return code == 200 ? body.GetProperty("loadbalancer").GetProperty("provisioning_status").GetString()! : $"HTTP {code}";
        }, $"provisioning status of load balancer {id}");

    /// <summary>Collects log messages so tests can check what operators are told.</summary>
    public sealed class LogCollector : ILoggerProvider
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();

        public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Collector(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Collector(LogCollector owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter) =>
                owner._entries.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
