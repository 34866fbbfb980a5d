using System.Reflection;
using Lbaas.Sdk.V1;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lbaas.Sdk.Plugins;

/// <summary>Loads provider plugins from their folders, with the contract shared so a plugin's driver is the host's <see cref="IProviderDriver"/>.</summary>
/// <remarks>
/// <para>
/// A plugin folder is a plugin project's build output, deployed as <c>plugins/&lt;AssemblyName&gt;/</c>: the plugin's
/// <c>&lt;AssemblyName&gt;.dll</c> with its <c>.deps.json</c> and private dependencies, and never a copy of
/// <c>Lbaas.Sdk.dll</c> or of <c>Microsoft.Extensions.*</c> (reference the contract with <c>Private="false"
/// ExcludeAssets="runtime"</c> and use a <c>FrameworkReference</c> to <c>Microsoft.AspNetCore.App</c>).
/// </para>
/// <para>
/// <see cref="Load"/> refuses a plugin built against another contract major, checking both the <c>Lbaas.Sdk</c>
/// version its assembly references and its <see cref="IProviderPlugin.ContractMajor"/>. It then builds the plugin's
/// own container from <see cref="ProviderHostServices"/>, the plugin's configuration section and
/// <see cref="IProviderPlugin.ConfigureServices"/>, runs startup validation (<c>ValidateOnStart</c>) and resolves the
/// one <see cref="IProviderDriver"/>. Thread-safe.
/// </para>
/// <para>
/// Load contexts are never unloaded, so each plugin assembly file is loaded once per process, into a load context of
/// its own: loading the same folder again (a second host in the process, such as the host's startup warm-up, or
/// tests) builds a new container and driver over the same loaded code, which is then already compiled. Static state
/// of a plugin is therefore shared by its loads in one process.
/// </para>
/// </remarks>
public static class ProviderPluginLoader
{
    private static readonly AssemblyName ContractAssembly = typeof(IProviderDriver).Assembly.GetName();

    private static readonly Dictionary<(string Path, DateTime Written, long Length), Assembly> Loaded = [];

    // Every type that crosses between host and plugin must have one identity: the contract, DI, configuration,
    // logging, options and hosting. Each assembly named here, and its references, comes from the host.
    private static readonly Type[] SharedTypes =
    [
        typeof(IProviderPlugin),
        typeof(IServiceCollection),
        typeof(ServiceProvider),
        typeof(IConfiguration),
        typeof(ILoggerFactory),
        typeof(LoggerFactory),
        typeof(IOptions<>),
        typeof(IHostedService),
        typeof(TimeProvider),
    ];

    /// <summary>Lists the plugin folders under a directory: each subfolder holding <c>&lt;folder name&gt;.dll</c>.</summary>
    /// <param name="pluginsRoot">The directory, for example <c>/opt/lbaas/plugins</c>.</param>
    /// <returns>The full paths of the plugin folders, sorted; empty when the directory does not exist.</returns>
    public static IReadOnlyList<string> FindPluginDirectories(string pluginsRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginsRoot);
        if (!System.IO.Directory.Exists(pluginsRoot))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateDirectories(pluginsRoot)
            .Where(dir => File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".dll")))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Loads the provider plugin in a folder and builds its driver.</summary>
    /// <param name="pluginDirectory">The plugin folder.</param>
    /// <param name="hostServices">What the host gives the plugin.</param>
    /// <param name="configuration">The plugin's configuration section, or <see langword="null"/> for an empty one.</param>
    /// <returns>The loaded provider; the caller starts its hosted services and disposes it.</returns>
    /// <exception cref="ContractVersionMismatchException">The plugin was built against another contract major.</exception>
    /// <exception cref="PluginLoadException">The folder holds no plugin, several, or one whose services cannot be built.</exception>
    public static LoadedProvider Load(string pluginDirectory, ProviderHostServices hostServices, IConfiguration? configuration)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginDirectory);
        ArgumentNullException.ThrowIfNull(hostServices);
        var directory = Path.GetFullPath(pluginDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new PluginLoadException(directory, $"Plugin folder '{directory}' does not exist.");
        }

        var candidates = Candidates(directory);
        if (candidates.Count == 0)
        {
            throw new PluginLoadException(directory,
                $"Plugin folder '{directory}' holds no plugin assembly: expected '<AssemblyName>.dll' with its " +
                "'.deps.json', built from a project that references Lbaas.Sdk.");
        }

        foreach (var assemblyPath in candidates)
        {
            var assembly = LoadAssembly(assemblyPath);
            if (!CheckContractReference(assembly, directory))
            {
                continue;
            }

            var plugin = CreatePlugin(assembly, directory);
            if (plugin is null)
            {
                continue;
            }

            return Build(directory, assemblyPath, plugin, hostServices, configuration);
        }

        throw new PluginLoadException(directory,
            $"Plugin folder '{directory}' holds no public class implementing {nameof(IProviderPlugin)} " +
            $"(looked in {string.Join(", ", candidates.Select(Path.GetFileName))}).");
    }

    // One load context per assembly file for the process (see the remarks); a file replaced since is loaded anew.
    private static Assembly LoadAssembly(string assemblyPath)
    {
        var file = new FileInfo(assemblyPath);
        var key = (file.FullName, file.LastWriteTimeUtc, file.Length);
        lock (Loaded)
        {
            if (Loaded.TryGetValue(key, out var loaded))
            {
                return loaded;
            }

            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.IsUnloadable = false);
            try
            {
                var assembly = loader.LoadDefaultAssembly();
                Loaded.Add(key, assembly);
                return assembly;
            }
            catch
            {
                loader.Dispose();
                throw;
            }
        }
    }

    // The folder's own name first (plugins/<AssemblyName>/), then any other assembly with a .deps.json.
    private static List<string> Candidates(string directory)
    {
        var preferred = Path.Combine(directory, Path.GetFileName(directory) + ".dll");
        return [.. System.IO.Directory.EnumerateFiles(directory, "*.deps.json")
            .Select(deps => Path.Combine(directory, Path.GetFileName(deps)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .OrderBy(path => path == preferred ? 0 : 1)
            .ThenBy(path => path, StringComparer.Ordinal)];
    }

    private static bool CheckContractReference(Assembly assembly, string directory)
    {
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == ContractAssembly.Name);
        if (reference is null)
        {
            return false;
        }

        var theirs = reference.Version?.Major ?? 0;
        if (theirs != ProviderContract.Major)
        {
            throw new ContractVersionMismatchException(
                ContractVersion.Current,
                new ContractVersion(theirs, reference.Version?.Minor ?? 0),
                $"Plugin '{directory}' (built against Lbaas.Sdk {reference.Version})");
        }

        return true;
    }

    private static IProviderPlugin? CreatePlugin(Assembly assembly, string directory)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new PluginLoadException(directory,
                $"Plugin '{directory}': the types of {assembly.GetName().Name} could not be loaded ({ex.Message}). " +
                "Is a dependency missing from the folder, or built for another framework?", ex);
        }

        var pluginTypes = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProviderPlugin).IsAssignableFrom(t)).ToList();
        if (pluginTypes.Count == 0)
        {
            // A type named like a plugin that does not cast means the contract was loaded twice.
            var lookalike = types.FirstOrDefault(t => t.GetInterfaces().Any(i => i.FullName == typeof(IProviderPlugin).FullName));
            if (lookalike is not null)
            {
                throw new PluginLoadException(directory,
                    $"Plugin '{directory}': {lookalike.FullName} implements a different copy of {nameof(IProviderPlugin)}; " +
                    "remove Lbaas.Sdk.dll from the plugin folder (reference it with Private=\"false\" ExcludeAssets=\"runtime\").");
            }

            return null;
        }

        if (pluginTypes.Count > 1)
        {
            throw new PluginLoadException(directory,
                $"Plugin '{directory}' has {pluginTypes.Count} {nameof(IProviderPlugin)} classes " +
                $"({string.Join(", ", pluginTypes.Select(t => t.FullName))}); a plugin has exactly one.");
        }

        var type = pluginTypes[0];
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new PluginLoadException(directory, $"Plugin '{directory}': {type.FullName} needs a public parameterless constructor.");
        }

        var plugin = (IProviderPlugin)Activator.CreateInstance(type)!;
        if (plugin.ContractMajor != ProviderContract.Major)
        {
            throw new ContractVersionMismatchException(
                ContractVersion.Current,
                new ContractVersion(plugin.ContractMajor, 0),
                $"Plugin '{plugin.Name}' in '{directory}' (contract major {plugin.ContractMajor}, this host {ProviderContract.Major})");
        }

        return plugin;
    }

    private static LoadedProvider Build(
        string directory,
        string assemblyPath,
        IProviderPlugin plugin,
        ProviderHostServices host,
        IConfiguration? configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(host.DriverLib);
        services.AddSingleton(host.Network);
        services.AddSingleton(host.TimeProvider);
        services.AddSingleton(host.LoggerFactory);
        services.AddLogging();
        services.AddOptions();
        var section = configuration ?? new ConfigurationBuilder().Build();
        services.AddSingleton(section);

        ServiceProvider? provider = null;
        try
        {
            plugin.ConfigureServices(services, section);
            provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            // What Host.StartAsync would do: options registered with ValidateOnStart fail here, naming the key.
            provider.GetService<IStartupValidator>()?.Validate();

            var drivers = provider.GetServices<IProviderDriver>().ToList();
            if (drivers.Count != 1)
            {
                throw new PluginLoadException(directory,
                    $"Plugin '{plugin.Name}' in '{directory}' registered {drivers.Count} {nameof(IProviderDriver)} services; it must register exactly one.");
            }

            var hostedServices = provider.GetServices<IHostedService>().ToList();
            return new LoadedProvider(directory, assemblyPath, plugin, drivers[0], provider, hostedServices);
        }
        catch (Exception ex) when (ex is not PluginLoadException)
        {
            DisposeAfterFailure(provider);
            throw new PluginLoadException(directory,
                $"Plugin '{plugin.Name}' in '{directory}' could not build its services: {ex.Message}", ex);
        }
        catch
        {
            DisposeAfterFailure(provider);
            throw;
        }
    }

    // Services may be IAsyncDisposable only, which ServiceProvider.Dispose refuses; loading is synchronous, so the
    // failure path waits for the asynchronous disposal.
    private static void DisposeAfterFailure(ServiceProvider? provider)
    {
        if (provider is not null)
        {
            provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
