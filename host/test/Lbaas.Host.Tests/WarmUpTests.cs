using Lbaas.Host.Hosting;
using Lbaas.Host.Persistence;
using Lbaas.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Lbaas.Host.Tests;

// The request warm-up builds a second host in this process: WebApplicationFactory, which other test classes use in
// parallel, would take that host for its own while it waits for the one it starts.
[CollectionDefinition(nameof(WarmUpTests), DisableParallelization = true)]
public sealed class WarmUpCollection;

[Collection(nameof(WarmUpTests))]
public sealed class WarmUpTests
{
    private static readonly Dictionary<string, string?> OneRoundTwoClients = new()
    {
        ["Lbaas:WarmUp:Rounds"] = "1",
        ["Lbaas:WarmUp:Clients"] = "2",
    };

    [Fact]
    public async Task The_request_warm_up_runs_the_session_on_a_private_host_and_leaves_nothing_here_or_on_disk()
    {
        var foldersBefore = WarmUpFolders();
        await using var host = TestHost.StartWithNoop(new(OneRoundTwoClients));
        var lb = await host.CreateActiveLoadBalancerAsync();
        var (_, portsBefore) = await host.GetAsync("/v2.0/ports");

        var report = await host.Services.GetRequiredService<RequestPathWarmUp>().RunAsync(CancellationToken.None);

        // Two clients, each: 3 catalog reads, a create, 3 lists, an update, 4 child creates, 6 reads, 2 bad requests
        // and a delete, plus at least one status read after each of the 7 changes.
        Assert.True(report.Requests >= 2 * (21 + 7), $"{report.Requests} requests");
        var (_, lbs) = await host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal([lb], lbs.GetProperty("loadbalancers").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        var (_, portsAfter) = await host.GetAsync("/v2.0/ports");
        Assert.Equal(portsBefore.GetRawText(), portsAfter.GetRawText());
        Assert.Equal(foldersBefore, WarmUpFolders());
    }

    [Fact]
    public async Task A_request_warm_up_that_gets_an_unexpected_answer_names_it_cleans_up_and_does_not_stop_the_host()
    {
        var foldersBefore = WarmUpFolders();
        var noPlugins = Directory.CreateTempSubdirectory("lbaas-no-plugins-");
        try
        {
            // No noop plugin: the private host cannot create the session's load balancer. The startup warm-up meets
            // the same failure, and the host starts anyway.
            await using var host = TestHost.Start(new(OneRoundTwoClients) { ["Lbaas:Providers:PluginRoot"] = noPlugins.FullName });
            var (status, _) = await host.GetAsync("/v2/lbaas/loadbalancers");
            Assert.Equal(200, status);

            var error = await Assert.ThrowsAsync<WarmUpException>(
                () => host.Services.GetRequiredService<RequestPathWarmUp>().RunAsync(CancellationToken.None));

            Assert.StartsWith("POST /v2/lbaas/loadbalancers answered 5", error.Message, StringComparison.Ordinal);
            Assert.Equal(foldersBefore, WarmUpFolders());
        }
        finally
        {
            noPlugins.Delete(recursive: true);
        }
    }

    [Fact]
    public void Warm_up_settings_out_of_range_stop_the_host_at_startup_naming_the_setting()
    {
        var error = Assert.ThrowsAny<Exception>(() => TestHost.Start(new() { ["Lbaas:WarmUp:Clients"] = "0" }));

        Assert.Contains("Clients", error.ToString(), StringComparison.Ordinal);
    }

    private static string[] WarmUpFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "lbaas-warm-up-*").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_startup_warm_up_writes_nothing_and_leaves_existing_rows_untouched()
    {
        await using var host = TestHost.Start();
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is WarmUpService);
        var lb = await host.CreateActiveLoadBalancerAsync();
        var (_, before) = await host.GetAsync($"/v2/lbaas/loadbalancers/{lb}");
        var countsBefore = await CountRowsAsync(host);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await DatabaseWarmUp.RunAsync(scope.ServiceProvider, NullLogger.Instance, CancellationToken.None);
        }

        Assert.Equal(countsBefore, await CountRowsAsync(host));
        var (_, after) = await host.GetAsync($"/v2/lbaas/loadbalancers/{lb}");
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    // Row counts of every table of the model (quotas included), by table name.
    private static async Task<SortedDictionary<string, int>> CountRowsAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            // Table names come from the model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
        }

        Assert.True(counts["load_balancers"] > 0 && counts["network_ports"] > 0);
        return counts;
    }
}

public sealed class CompilerSettleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_wait_ends_settled_once_the_count_has_stood_still_for_three_intervals()
    {
        var time = new FakeTimeProvider(Start);
        long[] counts = [100, 140, 170, 170, 170, 170, 999];
        var next = 0;

        var (compiled, settled) = await DriveAsync(time,
            CompilerSettle.WaitAsync(time, Start.AddMinutes(1), CancellationToken.None, () => counts[next++]));

        Assert.True(settled);
        Assert.Equal(70, compiled);
        Assert.Equal(6, next);
    }

    [Fact]
    public async Task The_wait_gives_up_at_the_deadline_while_methods_keep_being_compiled()
    {
        var time = new FakeTimeProvider(Start);
        var calls = 0;

        var (compiled, settled) = await DriveAsync(time,
            CompilerSettle.WaitAsync(time, Start.AddSeconds(1), CancellationToken.None, () => 5 * ++calls));

        Assert.False(settled);
        Assert.True(time.GetUtcNow() >= Start.AddSeconds(1));
        Assert.True(calls > 1);
        Assert.Equal(5 * (calls - 1), compiled);
    }

    // Advances the fake clock an interval at a time until the wait returns (bounded by a real-time deadline).
    private static async Task<T> DriveAsync<T>(FakeTimeProvider time, Task<T> wait)
    {
        var limit = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (!wait.IsCompleted)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < limit, "the wait did not return");
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        return await wait;
    }
}
