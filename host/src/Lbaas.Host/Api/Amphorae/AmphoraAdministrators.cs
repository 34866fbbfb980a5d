using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.Amphorae;

/// <summary>Finds the enabled providers that administer amphorae, and calls them with the API's error mapping.</summary>
public sealed class AmphoraAdministrators(IProviderRegistry registry, ProviderInvoker invoker)
{
    /// <summary>Lists the providers whose driver implements and declares amphora administration.</summary>
    /// <param name="cancellationToken">Cancels the capability reads.</param>
    /// <returns>The administrators; never empty.</returns>
    /// <exception cref="ApiException">501 when no enabled provider administers amphorae.</exception>
    public async Task<IReadOnlyList<AmphoraAdministrator>> GetAsync(CancellationToken cancellationToken)
    {
        var found = new List<AmphoraAdministrator>();
        foreach (var provider in registry.Providers)
        {
            if (!registry.TryGetDriver(provider.Name, out var driver) || driver is not IAmphoraAdministration administration)
            {
                continue;
            }

            Capabilities? capabilities = null;
            var fault = await invoker.InvokeAsync(provider.Name, "capabilities",
                async (d, ct) => capabilities = await d.GetCapabilitiesAsync(ct), cancellationToken);
            if (fault is null && capabilities!.Supports(ProviderFeature.AmphoraAdministration))
            {
                found.Add(new AmphoraAdministrator(provider.Name, administration));
            }
        }

        return found.Count > 0
            ? found
            : throw new ApiException(StatusCodes.Status501NotImplemented,
                "No enabled provider supports amphora administration.");
    }

    /// <summary>Runs one amphora call, turning driver errors into the API's 500 and 501 faults.</summary>
    /// <param name="admin">The administrator.</param>
    /// <param name="action">The action name for logs and metrics.</param>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes with the call.</returns>
    public async Task RunAsync(
        AmphoraAdministrator admin,
        string action,
        Func<IAmphoraAdministration, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var fault = await invoker.InvokeAsync(admin.Provider, action, (_, ct) => call(admin.Administration, ct), cancellationToken);
        if (fault is not null)
        {
            throw fault;
        }
    }
}
