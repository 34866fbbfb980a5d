using System.Diagnostics;
using System.Text;

namespace Lbaas.Host.TestSupport;

/// <summary>Runs a command to completion with a deadline and captures its output.</summary>
public static class ProcessRunner
{
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(
        string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null, string? user = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        if (user is not null)
        {
            // runuser keeps the environment we set and drops to an unprivileged user (initdb refuses root).
            info.ArgumentList.Insert(0, fileName);
            info.ArgumentList.Insert(0, "--");
            info.ArgumentList.Insert(0, user);
            info.ArgumentList.Insert(0, "-u");
            info.FileName = "runuser";
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var readOut = process.StandardOutput.ReadToEndAsync();
        var readErr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish in time");
        }

        stdout.Append(await readOut);
        stderr.Append(await readErr);
        return (process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
