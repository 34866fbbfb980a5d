using System.Diagnostics;
using System.Text;

namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Runs <c>lbaas-provider-server</c> as a real process and kills it on disposal, even when a test fails.</summary>
public sealed class ProviderServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProviderServerProcess(Process process) => _process = process;

    /// <summary>Gets everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static ProviderServerProcess Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(BuildOutputs.ProviderServer, "lbaas-provider-server.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ProviderServerProcess(process);
        process.OutputDataReceived += (_, e) => server.Append(e.Data, stdout: true);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data, stdout: false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits for the "serving provider" line and returns it.</summary>
    public async Task<string> WaitUntilServingAsync(TimeSpan within)
    {
        var exited = _process.WaitForExitAsync();
        var ready = _ready.Task.WaitAsync(within);
        var first = await Task.WhenAny(ready, exited);
        if (first == exited && !_ready.Task.IsCompleted)
        {
            throw new InvalidOperationException($"lbaas-provider-server exited with {_process.ExitCode} before serving:\n{Output}");
        }

        try
        {
            return await ready;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"lbaas-provider-server did not report serving within {within.TotalSeconds} s; output:\n{Output}");
        }
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"lbaas-provider-server did not exit within {within.TotalSeconds} s; output:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line, bool stdout)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }

        if (stdout && line.StartsWith("lbaas-provider-server: serving provider", StringComparison.Ordinal))
        {
            _ready.TrySetResult(line);
        }
    }
}
