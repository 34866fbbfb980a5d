using System.Reflection;

namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Finds the build output folders the test project builds without referencing.</summary>
public static class BuildOutputs
{
    public static string NoopPlugin => Get("NoopPluginDir");

    public static string FutureMajorPlugin => Get("FutureMajorPluginDir");

    public static string ProviderServer => Get("ProviderServerDir");

    private static string Get(string key)
    {
        var value = typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
        var full = Path.GetFullPath(value);
        return Directory.Exists(full) ? full : throw new DirectoryNotFoundException($"{key} '{full}' does not exist; build the test project first.");
    }
}
