namespace Lbaas.Host.Providers;

/// <summary>Configures one enabled provider (<c>Lbaas:Providers:Enabled:&lt;name&gt;</c>): a plugin folder or a gRPC URL.</summary>
/// <remarks>
/// With neither <see cref="Plugin"/> nor <see cref="Url"/>, the provider is expected among the plugins found under
/// <see cref="ProviderRegistryOptions.PluginRoot"/>. The section is also the plugin's own configuration.
/// </remarks>
public sealed class ProviderEndpointOptions
{
    /// <summary>Gets or sets the plugin folder (holding the plugin's assembly and its dependencies).</summary>
    public string? Plugin { get; set; }

    /// <summary>Gets or sets the URL of a remote provider speaking <c>lbaas.provider.v1</c> over gRPC:
    /// <c>http://host:port</c> (h2c), <c>https://host:port</c> or <c>unix:/path/to.sock</c>.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the description; defaults to the plugin's own, or a generic one for remote providers.</summary>
    public string? Description { get; set; }
}
