using System.Reflection;
using System.Text.Json;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Host.Tests.Support;

/// <summary>Runs the host in memory on its own temporary SQLite file with a fake provider named <c>fake</c>, or with the real noop plugin.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDir;

    private TestHost(Dictionary<string, string?> settings, FakeTimeProvider? time, Action<IServiceCollection>? services, bool noop)
    {
        _dataDir = Path.Combine(Path.GetTempPath(), "lbaas-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDir);
        Time = time;
        if (noop)
        {
            var pluginRoot = Path.Combine(_dataDir, "plugins");
            DeployNoop(Path.Combine(pluginRoot, "Lbaas.Drivers.Noop"));
            settings["Lbaas:Providers:PluginRoot"] = pluginRoot;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Lbaas", $"Data Source={Path.Combine(_dataDir, "lbaas.db")}");
            b.UseSetting("Lbaas:DataDirectory", _dataDir);

            // The request warm-up builds a second host and takes seconds: its own tests turn it on.
            b.UseSetting("Lbaas:WarmUp:Rounds", "0");
            foreach (var (k, v) in settings)
            {
                b.UseSetting(k, v);
            }

            b.ConfigureTestServices(s =>
            {
                if (!noop)
                {
                    s.AddSingleton<IProviderRegistry>(sp => new TestProviderRegistry("fake",
                        new Dictionary<string, IProviderDriver> { ["fake"] = Driver! }));
                }

                if (time is not null)
                {
                    s.AddSingleton<TimeProvider>(time);
                }

                services?.Invoke(s);
            });
        });
        Driver = new FakeDriver(() => _factory.Services.GetRequiredService<IDriverLib>());
        try
        {
            Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:9876") });
        }
        catch
        {
            // A host that fails to start (a test of bad settings) still leaves no temporary folder behind.
            _factory.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDir, recursive: true);
            throw;
        }
    }

    public FakeDriver Driver { get; }

    public FakeTimeProvider? Time { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static TestHost Start(Dictionary<string, string?>? settings = null, FakeTimeProvider? time = null,
        Action<IServiceCollection>? services = null) => new(settings ?? [], time, services, noop: false);

    /// <summary>Starts a host whose only provider is the real noop plugin, loaded from a plugin folder as in production.</summary>
    public static TestHost StartWithNoop(Dictionary<string, string?>? settings = null, FakeTimeProvider? time = null,
        Action<IServiceCollection>? services = null) => new(settings ?? [], time, services, noop: true);

    private static void DeployNoop(string target)
    {
        var source = typeof(TestHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NoopPluginDir").Value!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A plugin assembly can stay mapped until its load context is collected.
        }
    }

    public Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null) =>
        Client.SendJsonAsync(method, path, body);

    public Task<(int Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(int Status, JsonElement Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<(int Status, JsonElement Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<(int Status, JsonElement Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Creates a load balancer and waits until it is ACTIVE.</summary>
    public async Task<string> CreateActiveLoadBalancerAsync(string name = "lb1")
    {
        var (status, body) = await PostAsync("/v2/lbaas/loadbalancers",
            new { loadbalancer = new { name, vip_subnet_id = Subnets.Vip } });
        Assert.True(status == 201, $"LB create answered {status}: {body}");
        var id = body.GetProperty("loadbalancer").GetProperty("id").GetString()!;
        await WaitForStatusAsync($"/v2/lbaas/loadbalancers/{id}", "loadbalancer", "ACTIVE");
        return id;
    }

    /// <summary>Creates a child and waits until its load balancer is ACTIVE again.</summary>
    public async Task<string> CreateActiveAsync(string path, string key, object body, string lbId)
    {
        var (status, reply) = await PostAsync(path, body);
        Assert.True(status == 201, $"POST {path} answered {status}: {reply}");
        var id = reply.GetProperty(key).GetProperty("id").GetString()!;
        await WaitForStatusAsync($"/v2/lbaas/loadbalancers/{lbId}", "loadbalancer", "ACTIVE");
        return id;
    }

    public Task WaitForStatusAsync(string path, string key, string status) =>
        Eventually.EqualAsync(status, async _ =>
        {
            var (code, body) = await GetAsync(path);
            return code == 200 ? body.GetProperty(key).GetProperty("provisioning_status").GetString()! : $"HTTP {code}";
        }, $"provisioning status of {path}");

    public Task WaitForGoneAsync(string path) =>
        Eventually.EqualAsync(404, async _ => (await GetAsync(path)).Status, $"deletion of {path}");
}
