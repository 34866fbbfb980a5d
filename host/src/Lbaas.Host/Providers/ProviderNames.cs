namespace Lbaas.Host.Providers;

/// <summary>Names the providers built into this repository.</summary>
public static class ProviderNames
{
    /// <summary>The noop driver: complete lifecycle, no data plane.</summary>
    public const string Noop = "noop";

    /// <summary>The amphora driver.</summary>
    public const string Amphora = "amphora";

    /// <summary>The OVN driver.</summary>
    public const string Ovn = "ovn";
}
