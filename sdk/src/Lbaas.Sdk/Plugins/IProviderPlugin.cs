using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Sdk.V1;

/// <summary>Is the entry point of a provider plugin: names the provider and registers its driver.</summary>
/// <remarks>
/// <para>
/// The loader creates the plugin with its public parameterless constructor, gives it a service collection of its own
/// that already holds <see cref="IDriverLib"/>, <see cref="INetworkClient"/>, logging, <see cref="TimeProvider"/> and
/// the plugin's configuration section, and calls <see cref="ConfigureServices"/>. The plugin must register exactly one
/// <see cref="IProviderDriver"/>; any <c>IHostedService</c> it registers runs inside the host.
/// </para>
/// </remarks>
public interface IProviderPlugin
{
    /// <summary>Gets the provider name operators use in flavor profiles (for example <c>noop</c>).</summary>
    string Name { get; }

    /// <summary>Gets a one-line description shown by <c>GET /providers</c>.</summary>
    string Description { get; }

    /// <summary>Gets the contract major the plugin was built against; return <see cref="ProviderContract.Major"/>.</summary>
    int ContractMajor { get; }

    /// <summary>Registers the driver and its services.</summary>
    /// <param name="services">The plugin's own service collection.</param>
    /// <param name="configuration">The plugin's configuration section.</param>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);
}
