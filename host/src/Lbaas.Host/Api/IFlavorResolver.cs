using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api;

/// <summary>Chooses the provider of a new load balancer from its flavor, availability zone and requested provider.</summary>
/// <remarks>
/// The catalog's implementation replaces <see cref="DefaultFlavorResolver"/> (register it after the host's; the last
/// registration wins). Faults are raised as <see cref="ApiException"/> with Octavia's texts, for example
/// 400 <c>Validation failure: Invalid flavor_id.</c> or 400 <c>Provider 'x' is not enabled.</c>.
/// </remarks>
public interface IFlavorResolver
{
    /// <summary>Resolves the provider and the metadata the driver gets.</summary>
    /// <param name="db">The request's database context.</param>
    /// <param name="request">What the caller asked for.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<FlavorSelection> ResolveAsync(LbaasDbContext db, FlavorRequest request, CancellationToken cancellationToken);
}
