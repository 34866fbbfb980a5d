using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Drivers.Noop;

/// <summary>Is the plugin entry point of the noop provider.</summary>
public sealed class NoopProviderPlugin : IProviderPlugin
{
    /// <inheritdoc />
    public string Name => NoopProviderDriver.ProviderName;

    /// <inheritdoc />
    public string Description => "The noop provider: the whole lifecycle with no data plane, and fault injection for tests.";

    /// <inheritdoc />
    public int ContractMajor => ProviderContract.Major;

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddNoopProvider(configuration);
}
