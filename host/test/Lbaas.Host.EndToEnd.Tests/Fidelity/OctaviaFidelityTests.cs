namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Runs each corpus against upstream Octavia 11 and our host and fails listing every step whose answers differ.</summary>
/// <remarks>One fixture for the class: starting upstream costs about ten seconds.</remarks>
public sealed class OctaviaFidelityTests(FidelityFixture fixture) : IClassFixture<FidelityFixture>
{
    [Fact]
    public Task Load_balancers_answer_as_upstream_does() => RunAsync(LoadBalancerCorpus.Steps);

    [Fact]
    public Task Listeners_answer_as_upstream_does() => RunAsync(ListenerCorpus.Steps);

    [Fact]
    public Task Pools_and_members_answer_as_upstream_does() => RunAsync(PoolMemberCorpus.Steps);

    [Fact]
    public Task Health_monitors_and_L7_answer_as_upstream_does() => RunAsync(MonitorL7Corpus.Steps);

    [Fact]
    public Task Lists_and_prefixes_answer_as_upstream_does() => RunAsync(ListCorpus.Steps);

    private async Task RunAsync(IEnumerable<FidelityStep> steps)
    {
        var failures = await fixture.NewRunner().RunAsync(steps);
        Assert.True(failures.Count == 0, $"{failures.Count} step(s) differ from upstream Octavia 11:\n\n" + string.Join("\n\n", failures));
    }
}
