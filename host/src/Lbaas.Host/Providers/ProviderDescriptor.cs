namespace Lbaas.Host.Providers;

/// <summary>Describes an enabled provider as <c>GET /providers</c> lists it.</summary>
/// <param name="Name">The provider name.</param>
/// <param name="Description">The one-line description.</param>
public sealed record ProviderDescriptor(string Name, string Description)
{
    /// <summary>Gets a value indicating whether the driver was loaded (a plugin) or is configured (a remote provider).</summary>
    /// <remarks>An enabled provider that is not loadable answers 501 <c>Provider '&lt;name&gt;' was not found.</c></remarks>
    public bool IsLoadable { get; init; } = true;

    /// <summary>Gets why the provider could not be loaded, for operators; <see langword="null"/> when loadable.</summary>
    public string? Problem { get; init; }
}
