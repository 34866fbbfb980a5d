using Lbaas.Host.Hosting;
using Lbaas.Host.Persistence;
using Lbaas.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lbaas.Host.Tests;

public sealed class WarmUpTests
{
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
