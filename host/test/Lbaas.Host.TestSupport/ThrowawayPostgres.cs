using System.Globalization;

namespace Lbaas.Host.TestSupport;

/// <summary>Runs a throwaway PostgreSQL cluster (Debian's <c>postgresql</c> binaries) in a temp dir on a free loopback port.</summary>
/// <remarks>As root the cluster runs as the <c>postgres</c> user, since <c>initdb</c> refuses root. Disposing stops it and deletes the dir.</remarks>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;
    private readonly string? _user;

    private ThrowawayPostgres(string directory, string bin, string? user, int port)
    {
        _directory = directory;
        _bin = bin;
        _user = user;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true";

    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindBinaries()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: ./test.sh installs the postgresql package");
        var directory = Directory.CreateTempSubdirectory("lbaas-pg-").FullName;
        var user = Environment.UserName == "root" ? "postgres" : null;
        var cluster = new ThrowawayPostgres(directory, bin, user, FreePort.Next());
        try
        {
            if (user is not null)
            {
                await cluster.MustAsync("chown", ["-R", $"{user}:{user}", directory], asUser: false);
            }

            await cluster.MustAsync(Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(directory, "data"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {cluster.Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off");
            await cluster.MustAsync(Path.Combine(bin, "pg_ctl"),
                ["-D", Path.Combine(directory, "data"), "-o", options, "-l", Path.Combine(directory, "log"), "-w", "start"]);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Path.Combine(_directory, "data", "global")))
        {
            await ProcessRunner.RunAsync(Path.Combine(_bin, "pg_ctl"),
                ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], user: _user);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task MustAsync(string command, string[] arguments, bool asUser = true)
    {
        var (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(command, arguments, user: asUser ? _user : null);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited {exitCode}:\n{stderr}\n{stdout}");
        }
    }
}
