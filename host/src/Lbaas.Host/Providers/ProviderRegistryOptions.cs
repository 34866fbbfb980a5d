namespace Lbaas.Host.Providers;

/// <summary>Configures the provider registry (section <c>Lbaas:Providers</c>).</summary>
public sealed class ProviderRegistryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Lbaas:Providers";

    /// <summary>Gets or sets the provider used when a load balancer names neither a flavor nor a provider.</summary>
    public string Default { get; set; } = ProviderNames.Noop;

    /// <summary>Gets or sets the folder whose every subfolder is loaded as a plugin; empty means <c>&lt;app base&gt;/plugins</c>.</summary>
    public string? PluginRoot { get; set; }

    /// <summary>Gets or sets the enabled providers by name.</summary>
    /// <remarks>
    /// When empty, every plugin found under <see cref="PluginRoot"/> is enabled. Otherwise only the named providers
    /// are; a named provider that does not load is listed but answers 501.
    /// </remarks>
    public Dictionary<string, ProviderEndpointOptions> Enabled { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets the plugin root with its default applied.</summary>
    /// <returns>The absolute folder.</returns>
    public string ResolvePluginRoot() =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(PluginRoot) ? Path.Combine(AppContext.BaseDirectory, "plugins") : PluginRoot);
}
