using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Upstream Octavia and our host, started once per test class and stopped (with their temp dirs) afterwards.</summary>
public sealed class FidelityFixture : IAsyncLifetime
{
    /// <summary>Our default VIP subnet; upstream's noop network driver accepts any id, so both sides get this one.</summary>
    public const string SubnetId = "7d3c6a2e-1f0b-4c5e-9a41-000000000101";

    /// <summary>The project named in bodies: upstream's noauth needs one, ours stores it alike.</summary>
    public const string ProjectId = "e3cd678b11784734bc366148aa37580e";

    private OctaviaAnchor? _anchor;
    private HostProcess? _host;

    internal OctaviaAnchor Anchor => _anchor ?? throw new InvalidOperationException("the fixture did not start");

    internal HostProcess Host => _host ?? throw new InvalidOperationException("the fixture did not start");

    public async Task InitializeAsync()
    {
        var anchor = OctaviaAnchor.StartAsync();
        var host = HostProcess.StartAsync();
        try
        {
            await Task.WhenAll(anchor, host);
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: stop whichever side did come up.
            if (anchor.IsCompletedSuccessfully)
            {
                await (await anchor).DisposeAsync();
            }

            if (host.IsCompletedSuccessfully)
            {
                await (await host).DisposeAsync();
            }

            throw;
        }

        _anchor = await anchor;
        _host = await host;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_anchor is not null)
        {
            await _anchor.DisposeAsync();
        }
    }

    /// <summary>Makes a runner with fresh variables, so each test's captures stay its own.</summary>
    internal DifferentialRunner NewRunner()
    {
        var upstream = new FidelitySide("upstream", Anchor.Http, _ => Anchor.SettleAsync());
        var ours = new FidelitySide("ours", Host.Http, async paths =>
        {
            foreach (var path in paths)
            {
                await DifferentialRunner.WaitUntilSettledAsync(Host.Http, path);
            }
        });
        foreach (var side in new[] { upstream, ours })
        {
            side.Variables["subnet"] = SubnetId;
            side.Variables["project"] = ProjectId;
        }

        return new DifferentialRunner(upstream, ours);
    }
}
