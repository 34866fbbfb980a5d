using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Lbaas.Host.TestSupport;

namespace Lbaas.Host.EndToEnd.Tests.Support;

/// <summary>Runs the real host (<c>Lbaas.Host.dll</c>, as <c>run.sh</c> does) on free loopback ports with its own data directory.</summary>
/// <remarks>Disposing kills the process and deletes the data directory unless it was handed in by the caller.</remarks>
internal sealed class HostProcess : IAsyncDisposable
{
    /// <summary>Gets the host's build output, with the built-in driver plugins deployed under plugins/.</summary>
    public static readonly string HostDir = typeof(HostProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostDir").Value!;

    private readonly ConcurrentQueue<string> _output = new();
    private readonly bool _ownsDataDirectory;
    private Process? _process;

    private HostProcess(string dataDirectory, bool ownsDataDirectory, IDictionary<string, string> settings)
    {
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        Settings = settings;
        RestPort = FreePort.Next();
        GrpcPort = FreePort.Next();
        Http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string DataDirectory { get; }

    public IDictionary<string, string> Settings { get; }

    public int RestPort { get; }

    public int GrpcPort { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{RestPort}");

    public HttpClient Http { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts a host and waits until it answers.</summary>
    /// <param name="settings">Extra configuration as environment variables (<c>Lbaas__Watchdog__...</c>).</param>
    /// <param name="dataDirectory">An existing data directory to reuse (restart), or null for a new temporary one.</param>
    public static async Task<HostProcess> StartAsync(
        IDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("lbaas-e2e-").FullName;
        var host = new HostProcess(dataDirectory, owns, settings ?? new Dictionary<string, string>());
        try
        {
            await host.StartProcessAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process without letting it shut down (a crash), keeping the data directory.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Http.Dispose();
        if (_ownsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a straggling file handle must not fail the test that already ran.
            }
        }
    }

    private async Task StartProcessAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataDirectory,
        };
        info.ArgumentList.Add(Path.Combine(HostDir, "Lbaas.Host.dll"));
        info.Environment["Lbaas__DataDirectory"] = DataDirectory;
        info.Environment["Lbaas__RestPort"] = RestPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["Lbaas__GrpcPort"] = GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";

        // The request warm-up takes seconds: off unless a test's settings turn it on.
        info.Environment["Lbaas__WarmUp__Rounds"] = "0";
        foreach (var (key, value) in Settings)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await Eventually.MatchAsync(
            async ct =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
                }

                try
                {
                    using var response = await Http.GetAsync(new Uri("/", UriKind.Relative), ct);
                    return (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    return 0;
                }
            },
            status => status == 200,
            TimeSpan.FromSeconds(60),
            $"host on port {RestPort} answering GET /");
    }
}
