using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.Amphorae;

/// <summary>Pairs a provider name with its driver's amphora administration.</summary>
/// <param name="Provider">The provider name.</param>
/// <param name="Administration">The driver, as its amphora administration.</param>
public sealed record AmphoraAdministrator(string Provider, IAmphoraAdministration Administration);
