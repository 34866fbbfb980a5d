namespace Lbaas.Host.Providers;

/// <summary>Makes the HTTP handler a remote provider's gRPC channel uses; register one to route or secure those calls.</summary>
/// <param name="url">The provider's URL.</param>
/// <returns>The handler; the channel disposes it.</returns>
/// <remarks>Optional: without one, channels use the default socket handler (h2c for <c>http://</c>, TLS for <c>https://</c>).</remarks>
public delegate HttpMessageHandler RemoteProviderHandlerFactory(Uri url);
