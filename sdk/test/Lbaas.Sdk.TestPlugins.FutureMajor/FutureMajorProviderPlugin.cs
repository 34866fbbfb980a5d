using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Sdk.TestPlugins.FutureMajor;

/// <summary>Claims contract major 2, as a plugin built against a future SDK would; the loader must refuse it.</summary>
public sealed class FutureMajorProviderPlugin : IProviderPlugin
{
    /// <summary>The major this plugin claims.</summary>
    public const int ClaimedMajor = 2;

    /// <inheritdoc />
    public string Name => "future-major";

    /// <inheritdoc />
    public string Description => "A test plugin that claims provider contract major 2.";

    /// <inheritdoc />
    public int ContractMajor => ClaimedMajor;

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Never called: a plugin of another major is refused before its services are built.
    }
}
