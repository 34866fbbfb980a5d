using System.Text.Json;
using Lbaas.Host.TestSupport;

namespace Lbaas.Host.EndToEnd.Tests.Support;

/// <summary>Runs the stock <c>openstack</c> CLI (python3-openstackclient with python3-octaviaclient) against a host, without Keystone.</summary>
internal sealed class OpenStackCli(Uri endpoint)
{
    public static bool IsInstalled => File.Exists("/usr/bin/openstack");

    /// <summary>Runs a command with <c>-f json</c> and parses its output.</summary>
    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var output = await RunAsync([.. arguments, "-f", "json"]);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>Runs a command and returns its standard output; fails with its error output on a non-zero exit.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(
            "/usr/bin/openstack",
            arguments,
            new Dictionary<string, string>
            {
                ["OS_AUTH_TYPE"] = "none",
                ["OS_ENDPOINT"] = endpoint.ToString().TrimEnd('/'),
                ["OS_CLOUD"] = string.Empty,
                ["PYTHONWARNINGS"] = "ignore",
            },
            TimeSpan.FromMinutes(3));
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"openstack {string.Join(' ', arguments)} exited {exitCode}:\n{stderr}\n{stdout}");
        }

        return stdout;
    }
}
