namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Owns a fresh temporary directory and deletes it, with everything in it, on disposal.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        // Short: unix socket paths must stay under 108 bytes.
        Path = Directory.CreateTempSubdirectory("lbp-").FullName;
    }

    public string Path { get; }

    /// <summary>Copies a build output folder to <c>plugins/&lt;name&gt;/</c> here, as a deployment does.</summary>
    public string DeployPlugin(string buildOutput, string name)
    {
        var target = System.IO.Path.Combine(Path, "plugins", name);
        foreach (var file in Directory.EnumerateFiles(buildOutput, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(buildOutput, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
