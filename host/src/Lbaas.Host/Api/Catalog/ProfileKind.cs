using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;

namespace Lbaas.Host.Api.Catalog;

/// <summary>Describes one kind of provider profile (flavor or availability zone) for <see cref="ProfileEndpoints"/>.</summary>
/// <typeparam name="TProfile">The profile entity.</typeparam>
/// <param name="Path">The collection path, for example <c>/flavorprofiles</c>.</param>
/// <param name="Argument">The argument name wsme reports unknown keys against, for example <c>flavor_profile_</c>.</param>
/// <param name="DataKey">The metadata field, for example <c>flavor_data</c>.</param>
/// <param name="NotFoundName">The resource name in 404 texts.</param>
/// <param name="InUseName">The resource name in 409 texts.</param>
/// <param name="Schema">How the profile renders; its singular is the request envelope.</param>
/// <param name="IsInUseAsync">Tells whether a flavor or zone references the profile.</param>
/// <param name="ValidateAsync">Has the provider's driver check the data.</param>
internal sealed record ProfileKind<TProfile>(
    string Path,
    string Argument,
    string DataKey,
    string NotFoundName,
    string InUseName,
    ResourceSchema<TProfile> Schema,
    Func<LbaasDbContext, Guid, CancellationToken, Task<bool>> IsInUseAsync,
    Func<ProfileDataValidator, string, string, CancellationToken, Task> ValidateAsync)
    where TProfile : class, IProviderProfile, new();
