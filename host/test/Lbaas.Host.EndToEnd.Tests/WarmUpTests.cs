using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests;

/// <summary>The real host warms its request paths on a private copy of itself before it listens.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task The_host_warms_up_before_it_listens_and_keeps_nothing_of_the_warm_up()
    {
        var foldersBefore = WarmUpFolders();
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Lbaas__WarmUp__Rounds"] = "2",
            ["Lbaas__WarmUp__Clients"] = "2",
            ["Logging__LogLevel__Lbaas.Host.Hosting"] = "Information",
        });

        // The log says what ran, all of it before the host answered its first request.
        Assert.Matches(@"Warm-up: \d+ requests \(2 clients, 2 rounds each\) through a private copy of the host", host.Output);
        Assert.Contains("Warm-up: the compiler optimised", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warm-up failed", host.Output, StringComparison.OrdinalIgnoreCase);

        var lbs = await host.Http.GetJsonAsync("/v2/lbaas/loadbalancers");
        Assert.Equal(0, lbs.GetProperty("loadbalancers").GetArrayLength());
        var ports = await host.Http.GetJsonAsync("/v2.0/ports");
        Assert.Equal(0, ports.GetProperty("ports").GetArrayLength());
        Assert.Equal(foldersBefore, WarmUpFolders());
    }

    private static string[] WarmUpFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "lbaas-warm-up-*").Order(StringComparer.Ordinal)];
}
