using Lbaas.Host.Persistence;
using Lbaas.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Host.Tests;

public sealed class SqliteWriteGateTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_second_transaction_waits_in_memory_until_the_first_commits()
    {
        await using var host = TestHost.Start();
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var (tx1, begin2) = await BeginTwoAsync(first, second);
        Assert.False(begin2.IsCompleted);

        await tx1.CommitAsync();
        await using var tx2 = await begin2.WaitAsync(Deadline);
        await tx1.DisposeAsync();
        await tx2.RollbackAsync();
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_or_rollback_lets_the_next_one_in()
    {
        await using var host = TestHost.Start();
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var (tx1, begin2) = await BeginTwoAsync(first, second);
        await tx1.DisposeAsync();

        // Well inside the gate's own give-up time: released by the connection closing, not by the timeout.
        Assert.True(Deadline < SqliteWriteGate.MaxWait);
        await using var tx2 = await begin2.WaitAsync(Deadline);
        await tx2.CommitAsync();
    }

    // Begins a transaction in the first scope, then asks for one in the second.
    private static async Task<(IDbContextTransaction First, Task<IDbContextTransaction> Second)> BeginTwoAsync(
        AsyncServiceScope first, AsyncServiceScope second)
    {
        var tx1 = await first.ServiceProvider.GetRequiredService<LbaasDbContext>().Database.BeginTransactionAsync();
        return (tx1, second.ServiceProvider.GetRequiredService<LbaasDbContext>().Database.BeginTransactionAsync());
    }

    [Fact]
    public async Task Concurrent_writers_all_commit()
    {
        await using var host = TestHost.Start();
        var names = Enumerable.Range(0, 20).Select(i => $"lb{i}").ToList();

        var created = await Task.WhenAll(names.Select(name => Task.Run(() => host.PostAsync("/v2/lbaas/loadbalancers",
            new { loadbalancer = new { name, vip_subnet_id = Subnets.Vip } }))));

        Assert.All(created, c => Assert.Equal(201, c.Status));
        var (_, listed) = await host.GetAsync("/v2/lbaas/loadbalancers?fields=name");
        Assert.Equal(names.Order(StringComparer.Ordinal),
            listed.GetProperty("loadbalancers").EnumerateArray().Select(l => l.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }
}
