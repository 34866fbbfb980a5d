namespace Lbaas.Host.Providers;

/// <summary>Describes an enabled provider as <c>GET /providers</c> lists it.</summary>
/// <param name="Name">The provider name.</param>
/// <param name="Description">The one-line description.</param>
public sealed record ProviderDescriptor(string Name, string Description);
