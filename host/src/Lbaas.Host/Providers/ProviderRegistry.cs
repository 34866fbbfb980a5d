using System.Diagnostics.CodeAnalysis;
using Grpc.Net.Client;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.Plugins;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Providers;

/// <summary>Loads every enabled provider (plugins from folders, remote providers by gRPC URL) and hands out their drivers.</summary>
/// <remarks>
/// <para>
/// Plugins are loaded once, when the registry is first resolved (at host start): every subfolder of
/// <see cref="ProviderRegistryOptions.PluginRoot"/> and every <c>Enabled:&lt;name&gt;:Plugin</c> folder. A plugin that fails
/// to load (another contract major, a missing assembly, a bad setting) is logged with the reason and listed as not
/// loadable, so requests for it answer 501 instead of the host failing to start.
/// </para>
/// <para>
/// A plugin's configuration is <c>Plugins:&lt;folder name&gt;</c>, then <c>Plugins:&lt;provider name&gt;</c>, then
/// <c>Enabled:&lt;provider name&gt;</c> (later wins), all under <c>Lbaas:Providers</c>. The provider name is only known
/// once a root plugin has loaded, so a root plugin with settings under its name is loaded a second time with them.
/// </para>
/// <para>
/// Remote providers get a channel at once but are contacted in the background: <see cref="RemoteProviderConnector"/>
/// does the version handshake and keeps retrying while the provider is down, during which it is not loadable (501).
/// A remote provider of another major is refused for good.
/// </para>
/// <para>Thread-safe once constructed.</para>
/// </remarks>
public sealed partial class ProviderRegistry : IProviderRegistry, IAsyncDisposable
{
    private const string PluginSettingsSection = ProviderRegistryOptions.SectionName + ":Plugins";

    private readonly Dictionary<string, ProviderSlot> _slots = new(StringComparer.Ordinal);
    private readonly List<ProviderSlot> _ordered = [];
    private readonly List<LoadedProvider> _loaded = [];
    private readonly List<LoadedProvider> _discarded = [];
    private readonly ILogger<ProviderRegistry> _logger;
    private readonly RemoteProviderHandlerFactory? _handlers;

    /// <summary>Initializes the registry and loads the configured providers.</summary>
    /// <param name="options">The registry options.</param>
    /// <param name="configuration">The host configuration (plugins get their own sections).</param>
    /// <param name="services">The host's services, for <see cref="IDriverLib"/> and <see cref="INetworkClient"/>.</param>
    /// <param name="loggerFactory">The logger factory, shared with plugins.</param>
    /// <param name="time">The clock, shared with plugins.</param>
    public ProviderRegistry(
        IOptions<ProviderRegistryOptions> options,
        IConfiguration configuration,
        IServiceProvider services,
        ILoggerFactory loggerFactory,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _logger = loggerFactory.CreateLogger<ProviderRegistry>();
        _handlers = services.GetService<RemoteProviderHandlerFactory>();
        var settings = options.Value;
        DefaultProvider = settings.Default;
        var hostServices = new ProviderHostServices
        {
            DriverLib = services.GetRequiredService<IDriverLib>(),
            Network = services.GetRequiredService<INetworkClient>(),
            LoggerFactory = loggerFactory,
            TimeProvider = time,
        };

        var explicitFolders = settings.Enabled.Values
            .Where(e => !string.IsNullOrWhiteSpace(e.Plugin))
            .Select(e => Path.GetFullPath(e.Plugin!).TrimEnd(Path.DirectorySeparatorChar))
            .ToHashSet(StringComparer.Ordinal);
        var root = LoadRoot(settings.ResolvePluginRoot(), explicitFolders, hostServices, configuration);

        if (settings.Enabled.Count == 0)
        {
            foreach (var slot in root)
            {
                Add(slot);
            }
        }
        else
        {
            foreach (var (name, entry) in settings.Enabled)
            {
                Add(CreateConfigured(name, entry, root, hostServices, configuration));
            }

            foreach (var slot in root.Where(s => !_slots.ContainsKey(s.Name) && s.Driver is not null))
            {
                Log.PluginNotEnabled(_logger, slot.Name, settings.ResolvePluginRoot());
            }
        }

        Remotes = [.. _ordered.Where(s => s.Remote is not null).Select(s => s.Remote!)];
        LoadedPlugins = [.. _ordered.Where(s => s.Plugin is not null).Select(s => s.Plugin!)];
        if (!_slots.ContainsKey(DefaultProvider))
        {
            Log.DefaultNotEnabled(_logger, DefaultProvider, string.Join(", ", _slots.Keys));
        }
    }

    /// <inheritdoc />
    public string DefaultProvider { get; }

    /// <inheritdoc />
    public IReadOnlyList<ProviderDescriptor> Providers =>
        [.. _ordered.Select(s => new ProviderDescriptor(s.Name, s.Description) { IsLoadable = s.Problem is null, Problem = s.Problem })];

    /// <summary>Gets the enabled plugins that loaded, whose hosted services run with the host.</summary>
    internal IReadOnlyList<LoadedProvider> LoadedPlugins { get; }

    /// <summary>Gets the remote providers, whose handshakes run with the host.</summary>
    internal IReadOnlyList<RemoteProviderConnector> Remotes { get; }

    /// <inheritdoc />
    public bool TryGetDriver(string name, [NotNullWhen(true)] out IProviderDriver? driver)
    {
        driver = _slots.TryGetValue(name, out var slot) && slot.Problem is null ? slot.Driver : null;
        return driver is not null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var remote in Remotes)
        {
            remote.Dispose();
        }

        // Every plugin that loaded, enabled or not, holds a container and a load context to release.
        foreach (var plugin in _loaded.Concat(_discarded))
        {
            await plugin.DisposeAsync();
        }

        _loaded.Clear();
        _discarded.Clear();
    }

    private void Add(ProviderSlot slot)
    {
        if (_slots.TryAdd(slot.Name, slot))
        {
            _ordered.Add(slot);
        }
        else
        {
            Log.DuplicateProvider(_logger, slot.Name, slot.Origin);
        }
    }

    private List<ProviderSlot> LoadRoot(
        string pluginRoot, HashSet<string> explicitFolders, ProviderHostServices hostServices, IConfiguration configuration)
    {
        var slots = new List<ProviderSlot>();
        foreach (var folder in ProviderPluginLoader.FindPluginDirectories(pluginRoot))
        {
            if (explicitFolders.Contains(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)))
            {
                continue;
            }

            var byFolder = configuration.GetSection($"{PluginSettingsSection}:{Path.GetFileName(folder)}");
            var slot = LoadPlugin(null, folder, null, hostServices, byFolder);

            // The provider's name is known only once loaded; settings kept under it mean one more load.
            var byName = SettingsOf(configuration, slot.Name);
            if (slot.Plugin is not null && byName.Any(HasSettings))
            {
                _loaded.Remove(slot.Plugin);
                _discarded.Add(slot.Plugin);
                slot = LoadPlugin(slot.Name, folder, null, hostServices, Chain([byFolder, .. byName]));
            }

            slots.Add(slot);
        }

        return slots;
    }

    // A provider's settings: Plugins:<name>, then Enabled:<name> (which wins).
    private static IConfigurationSection[] SettingsOf(IConfiguration configuration, string name) =>
    [
        configuration.GetSection($"{PluginSettingsSection}:{name}"),
        configuration.GetSection($"{ProviderRegistryOptions.SectionName}:Enabled:{name}"),
    ];

    private static bool HasSettings(IConfigurationSection section) =>
        section.GetChildren().Any(c => c.Key is not (nameof(ProviderEndpointOptions.Plugin) or nameof(ProviderEndpointOptions.Url)
            or nameof(ProviderEndpointOptions.Description)));

    private static IConfiguration Chain(IEnumerable<IConfigurationSection> sections)
    {
        var builder = new ConfigurationBuilder();
        foreach (var section in sections)
        {
            builder.AddConfiguration(section);
        }

        return builder.Build();
    }

    private ProviderSlot CreateConfigured(
        string name,
        ProviderEndpointOptions entry,
        List<ProviderSlot> root,
        ProviderHostServices hostServices,
        IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(entry.Url))
        {
            var url = new Uri(entry.Url);
            var remote = new RemoteProviderConnector(name, url, _logger, hostServices.TimeProvider, _handlers?.Invoke(url));
            Log.RemoteConfigured(_logger, name, entry.Url);
            return new ProviderSlot(name, entry.Description ?? $"Remote provider at {entry.Url}", entry.Url)
            {
                Driver = remote.Driver,
                Remote = remote,
            };
        }

        if (!string.IsNullOrWhiteSpace(entry.Plugin))
        {
            return LoadPlugin(name, entry.Plugin, entry.Description, hostServices, Chain(SettingsOf(configuration, name)));
        }

        var found = root.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (found is not null)
        {
            return entry.Description is null ? found : found with { Description = entry.Description };
        }

        var problem = $"No plugin named '{name}' was found under the plugin root; set " +
            $"{ProviderRegistryOptions.SectionName}:Enabled:{name}:Plugin or :Url.";
        Log.ProviderNotLoadable(_logger, name, problem);
        return new ProviderSlot(name, entry.Description ?? "", "configuration") { LoadProblem = problem };
    }

    private ProviderSlot LoadPlugin(
        string? name, string folder, string? description, ProviderHostServices hostServices, IConfiguration section)
    {
        try
        {
            var plugin = ProviderPluginLoader.Load(folder, hostServices, section);
            _loaded.Add(plugin);
            Log.PluginLoaded(_logger, name ?? plugin.Name, plugin.Directory, plugin.ContractMajor);
            return new ProviderSlot(name ?? plugin.Name, description ?? plugin.Description, plugin.Directory)
            {
                Driver = plugin.Driver,
                Plugin = plugin,
            };
        }
        catch (Exception e) when (e is PluginLoadException or ContractVersionMismatchException or OptionsValidationException
                                      or InvalidOperationException or IOException or BadImageFormatException)
        {
            // The plugin never told us its name; the folder name stands in so the operator can find it.
            var slotName = name ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
            Log.PluginFailed(_logger, e, slotName, folder, e.Message);
            return new ProviderSlot(slotName, description ?? "", folder) { LoadProblem = e.Message };
        }
    }

    /// <summary>Holds one provider: its driver, or why it has none.</summary>
    private sealed record ProviderSlot(string Name, string Description, string Origin)
    {
        public IProviderDriver? Driver { get; init; }

        public RemoteProviderConnector? Remote { get; init; }

        public LoadedProvider? Plugin { get; init; }

        public string? LoadProblem { get; init; }

        public string? Problem => LoadProblem ?? Remote?.Problem ?? (Driver is null ? "not loaded" : null);
    }
}
