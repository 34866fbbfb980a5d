using Lbaas.Sdk.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lbaas.Sdk.Plugins;

/// <summary>Is one provider plugin loaded from its folder: its driver, its container and its hosted services.</summary>
/// <remarks>
/// The host starts <see cref="HostedServices"/> (or calls <see cref="StartAsync"/>) after loading and stops them before
/// disposing. Disposal disposes the plugin's container, and with it the driver. Not thread-safe for start, stop and
/// disposal; the driver itself is as thread-safe as the contract requires.
/// </remarks>
public sealed class LoadedProvider : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _started;
    private bool _disposed;

    internal LoadedProvider(
        string directory,
        string assemblyPath,
        IProviderPlugin plugin,
        IProviderDriver driver,
        ServiceProvider services,
        IReadOnlyList<IHostedService> hostedServices)
    {
        Directory = directory;
        AssemblyPath = assemblyPath;
        Name = plugin.Name;
        Description = plugin.Description;
        ContractMajor = plugin.ContractMajor;
        Driver = driver;
        _services = services;
        HostedServices = hostedServices;
    }

    /// <summary>Gets the plugin folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the path of the assembly that holds the <see cref="IProviderPlugin"/>.</summary>
    public string AssemblyPath { get; }

    /// <summary>Gets the provider name, for example <c>noop</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the one-line description.</summary>
    public string Description { get; }

    /// <summary>Gets the contract major the plugin was built against.</summary>
    public int ContractMajor { get; }

    /// <summary>Gets the driver; test it for optional interfaces such as <see cref="IAmphoraAdministration"/>.</summary>
    public IProviderDriver Driver { get; }

    /// <summary>Gets the plugin's own service provider.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Gets the plugin's hosted services (workers, reporters) in registration order.</summary>
    public IReadOnlyList<IHostedService> HostedServices { get; }

    /// <summary>Starts every hosted service in registration order.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when all have started.</returns>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (; _started < HostedServices.Count; _started++)
        {
            await HostedServices[_started].StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the hosted services that were started, in reverse order.</summary>
    /// <param name="cancellationToken">Makes the stop ungraceful.</param>
    /// <returns>A task that completes when all have stopped.</returns>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        for (; _started > 0; _started--)
        {
            await HostedServices[_started - 1].StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops what is still running and disposes the plugin's container (the loaded code stays, see <see cref="ProviderPluginLoader"/>).</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
