using System.Globalization;
using Lbaas.Host.EndToEnd.Tests.Support;
using Lbaas.Host.TestSupport;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Runs the real upstream Octavia 11 API (the kit in <c>shared/reference/octavia-anchor</c>) on a free loopback port.</summary>
/// <remarks>
/// <c>setup.sh</c> copies the kit into a temp dir; <c>run_gunicorn.sh 2 1</c> starts gunicorn on a fresh SQLite schema with
/// noauth and the noop drivers. Disposing runs <c>stop.sh</c> (which stops only the pid it wrote) and deletes the dir.
/// </remarks>
internal sealed class OctaviaAnchor : IAsyncDisposable
{
    // Children first, so rows a PENDING_DELETE parent takes along go before the parent.
    private const string SettleSql = """
        UPDATE load_balancer SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE listener SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE pool SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE member SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE health_monitor SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE l7policy SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        UPDATE l7rule SET provisioning_status='ACTIVE' WHERE provisioning_status IN ('PENDING_CREATE','PENDING_UPDATE');
        DELETE FROM l7rule WHERE provisioning_status='PENDING_DELETE' OR l7policy_id IN (SELECT id FROM l7policy
          WHERE provisioning_status='PENDING_DELETE' OR listener_id IN (SELECT id FROM listener WHERE provisioning_status='PENDING_DELETE'));
        DELETE FROM l7policy WHERE provisioning_status='PENDING_DELETE'
          OR listener_id IN (SELECT id FROM listener WHERE provisioning_status='PENDING_DELETE');
        DELETE FROM member WHERE provisioning_status='PENDING_DELETE' OR pool_id IN (SELECT id FROM pool WHERE provisioning_status='PENDING_DELETE');
        DELETE FROM health_monitor WHERE provisioning_status='PENDING_DELETE'
          OR pool_id IN (SELECT id FROM pool WHERE provisioning_status='PENDING_DELETE');
        DELETE FROM session_persistence WHERE pool_id IN (SELECT id FROM pool WHERE provisioning_status='PENDING_DELETE');
        UPDATE listener SET default_pool_id=NULL WHERE default_pool_id IN (SELECT id FROM pool WHERE provisioning_status='PENDING_DELETE');
        DELETE FROM pool WHERE provisioning_status='PENDING_DELETE';
        DELETE FROM listener WHERE provisioning_status='PENDING_DELETE';
        UPDATE load_balancer SET provisioning_status='DELETED' WHERE provisioning_status='PENDING_DELETE';
        """;

    private readonly string _directory;

    private OctaviaAnchor(string directory, int port)
    {
        _directory = directory;
        Endpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        Http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    private string DatabasePath => Path.Combine(_directory, "octavia.sqlite");

    /// <summary>Finds the kit beside the repository: <c>../shared/reference/octavia-anchor</c> from the folder holding <c>Providers.sln</c>.</summary>
    public static string FindKit()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Providers.sln")))
            {
                var kit = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "octavia-anchor"));
                return Directory.Exists(kit)
                    ? kit
                    : throw new InvalidOperationException($"the Octavia anchor kit is missing: expected it at {kit}");
            }
        }

        throw new InvalidOperationException($"no folder holding Providers.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>Sets up a fresh anchor dir and starts Octavia in it; fails (never skips) when a prerequisite is missing.</summary>
    public static async Task<OctaviaAnchor> StartAsync()
    {
        var kit = FindKit();
        var port = FreePort.Next();
        var (setupExit, setupOut, setupErr) = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(kit, "setup.sh"), port.ToString(CultureInfo.InvariantCulture)], timeout: TimeSpan.FromSeconds(120));
        if (setupExit != 0)
        {
            throw new InvalidOperationException(
                $"octavia-anchor setup.sh exited {setupExit} (./test.sh installs python3-octavia and python3-gunicorn):\n{setupErr}");
        }

        var anchor = new OctaviaAnchor(setupOut.Trim(), port);
        try
        {
            var (runExit, runOut, runErr) = await ProcessRunner.RunAsync(
                "bash", [Path.Combine(anchor._directory, "run_gunicorn.sh"), "2", "1"], timeout: TimeSpan.FromSeconds(120));
            if (runExit != 0)
            {
                throw new InvalidOperationException($"octavia-anchor run_gunicorn.sh exited {runExit}:\n{runErr}\n{runOut}");
            }

            return anchor;
        }
        catch
        {
            await anchor.DisposeAsync();
            throw;
        }
    }

    /// <summary>Plays the part of a provider that finished its work: PENDING_CREATE/UPDATE become ACTIVE, PENDING_DELETE goes away.</summary>
    public async Task SettleAsync()
    {
        var (exit, _, stderr) = await ProcessRunner.RunAsync(
            "sqlite3", ["-cmd", ".timeout 10000", DatabasePath, SettleSql], timeout: TimeSpan.FromSeconds(30));
        if (exit != 0)
        {
            throw new InvalidOperationException($"sqlite3 could not settle the anchor's statuses: {stderr}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (File.Exists(Path.Combine(_directory, "stop.sh")))
        {
            await ProcessRunner.RunAsync("bash", [Path.Combine(_directory, "stop.sh")], timeout: TimeSpan.FromSeconds(60));
        }

        if (_directory.StartsWith(Path.GetTempPath(), StringComparison.Ordinal) || _directory.StartsWith("/tmp/", StringComparison.Ordinal))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
