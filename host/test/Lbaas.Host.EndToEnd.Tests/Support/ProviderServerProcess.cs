using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Lbaas.Host.EndToEnd.Tests.Support;

/// <summary>Runs <c>lbaas-provider-server</c> as a process, serving a driver plugin over gRPC on a unix socket.</summary>
internal sealed class ProviderServerProcess : IAsyncDisposable
{
    private static readonly string ServerDir = typeof(ProviderServerProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProviderServerDir").Value!;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProviderServerProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the server and waits for its "serving" line.</summary>
    public static async Task<ProviderServerProcess> StartAsync(string pluginDirectory, string socketPath, Uri hostGrpc)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(ServerDir, "lbaas-provider-server.dll"), "--plugin", pluginDirectory,
            "--listen", $"unix:{socketPath}", "--host-url", hostGrpc.ToString(),
        })
        {
            info.ArgumentList.Add(argument);
        }

        var server = new ProviderServerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start lbaas-provider-server"));
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server._serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return server;
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new TimeoutException($"lbaas-provider-server did not start serving within 60 s:\n{server.Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.Contains(": serving provider ", StringComparison.Ordinal))
        {
            _serving.TrySetResult();
        }
    }
}
