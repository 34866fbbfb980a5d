using System.Data.Common;
using Lbaas.Host.Api.ResponseCache;
using Lbaas.Host.Persistence;
using Lbaas.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Host.Tests;

public sealed class ReadResponseCacheTests
{
    [Fact]
    public async Task A_repeated_read_skips_the_database_until_a_write_and_then_shows_the_write()
    {
        var reads = new ReadCounter();
        await using var host = TestHost.Start(services: s => s.ConfigureDbContext<LbaasDbContext>((_, db) => db.AddInterceptors(reads)));
        var lb = await host.CreateActiveLoadBalancerAsync();

        var (status, first) = await host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal(200, status);
        var afterFirst = reads.Count;
        var (_, second) = await host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal(afterFirst, reads.Count);
        Assert.Equal(first.GetRawText(), second.GetRawText());

        // A write through the API, then one through the driver's status report: each shows on the next read.
        (status, _) = await host.PutAsync($"/v2/lbaas/loadbalancers/{lb}", new { loadbalancer = new { name = "renamed" } });
        Assert.Equal(200, status);
        var (_, renamed) = await host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.True(reads.Count > afterFirst);
        Assert.Equal("renamed", renamed.GetProperty("loadbalancers")[0].GetProperty("name").GetString());
        await host.WaitForStatusAsync($"/v2/lbaas/loadbalancers/{lb}", "loadbalancer", "ACTIVE");
        var (_, listed) = await host.GetAsync("/v2/lbaas/loadbalancers");
        Assert.Equal("ACTIVE", listed.GetProperty("loadbalancers")[0].GetProperty("provisioning_status").GetString());
    }

    [Fact]
    public async Task Replies_differ_by_query_and_carry_a_content_length()
    {
        await using var host = TestHost.Start();
        await host.CreateActiveLoadBalancerAsync("one");
        await host.CreateActiveLoadBalancerAsync("two");

        var (_, all) = await host.GetAsync("/v2/lbaas/loadbalancers");
        var (_, named) = await host.GetAsync("/v2/lbaas/loadbalancers?name=two&fields=name");
        var (_, again) = await host.GetAsync("/v2/lbaas/loadbalancers?name=two&fields=name");

        Assert.Equal(2, all.GetProperty("loadbalancers").GetArrayLength());
        Assert.Equal("""[{"name":"two"}]""", named.GetProperty("loadbalancers").GetRawText());
        Assert.Equal(named.GetRawText(), again.GetRawText());
        using var response = await host.Client.GetAsync("/v2/lbaas/loadbalancers");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Turned_off_every_read_goes_to_the_database()
    {
        var reads = new ReadCounter();
        await using var host = TestHost.Start(new() { ["Lbaas:Api:ResponseCache"] = "false" },
            services: s => s.ConfigureDbContext<LbaasDbContext>((_, db) => db.AddInterceptors(reads)));
        await host.CreateActiveLoadBalancerAsync();

        await host.GetAsync("/v2/lbaas/loadbalancers");
        var afterFirst = reads.Count;
        await host.GetAsync("/v2/lbaas/loadbalancers");

        Assert.True(reads.Count > afterFirst);
    }

    [Fact]
    public void The_cache_stays_within_its_byte_budget_and_keeps_the_newest_reply()
    {
        var writes = new DatabaseWriteVersion();
        var cache = new ReadResponseCache(writes, enabled: true);
        var body = new byte[ReadResponseCache.MaxBodyBytes];
        var count = (int)(ReadResponseCache.MaxTotalBytes / body.Length) + 3;

        for (var i = 0; i < count; i++)
        {
            cache.Store($"key{i}", writes.Current, "application/json", body);
            Assert.True(cache.Bytes <= ReadResponseCache.MaxTotalBytes, $"{cache.Bytes} bytes kept after {i + 1} replies");
        }

        Assert.True(cache.TryGet($"key{count - 1}", out _));
        cache.Store("too-big", writes.Current, null, new byte[ReadResponseCache.MaxBodyBytes + 1]);
        Assert.False(cache.TryGet("too-big", out _));
        writes.Bump();
        Assert.False(cache.TryGet($"key{count - 1}", out _));
    }

    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("  pragma busy_timeout = 5000;", true)]
    [InlineData("INSERT INTO \"x\" VALUES (1) RETURNING 1;", false)]
    [InlineData("UPDATE \"l\" SET \"a\" = 1", false)]
    [InlineData("DELETE FROM \"x\"", false)]
    public void Only_selects_and_pragmas_count_as_reads(string sql, bool isRead) =>
        Assert.Equal(isRead, DatabaseWriteVersion.IsRead(sql));

    // Counts the SELECTs the host sends.
    private sealed class ReadCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }
}
