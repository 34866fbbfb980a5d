using Lbaas.Host.Persistence;
using Lbaas.Host.Providers;

namespace Lbaas.Host.Api;

/// <summary>Selects the provider when no flavors or zones exist: the requested provider or the registry's default.</summary>
public sealed class DefaultFlavorResolver(IProviderRegistry registry) : IFlavorResolver
{
    public Task<FlavorSelection> ResolveAsync(LbaasDbContext db, FlavorRequest request, CancellationToken cancellationToken)
    {
        if (request.FlavorId is not null)
        {
            throw ApiException.Validation("Invalid flavor_id.");
        }

        if (request.AvailabilityZone is not null)
        {
            throw ApiException.Validation("Invalid availability zone.");
        }

        var provider = request.Provider ?? registry.DefaultProvider;
        if (!registry.Providers.Any(p => string.Equals(p.Name, provider, StringComparison.Ordinal)))
        {
            throw ApiException.BadRequest($"Provider '{provider}' is not enabled.");
        }

        return Task.FromResult(new FlavorSelection { Provider = provider });
    }
}
