namespace Lbaas.ProviderServer;

/// <summary>Names the provider server's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A command-line value is malformed.</summary>
    public const int BadArguments = 1;

    /// <summary>The plugin cannot be loaded: missing, another contract major, or its services fail to build.</summary>
    public const int BadPlugin = 2;
}
