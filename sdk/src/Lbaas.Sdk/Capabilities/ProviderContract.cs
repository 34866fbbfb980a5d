namespace Lbaas.Sdk.V1;

/// <summary>Holds the contract version as constants, which the compiler copies into every plugin built against it.</summary>
/// <remarks>
/// Because constants are compiled into the caller, <c>ProviderContract.Major</c> in a plugin keeps the major the plugin
/// was built against, even when it runs in a host with a newer SDK. Return it from
/// <see cref="IProviderPlugin.ContractMajor"/>.
/// </remarks>
public static class ProviderContract
{
    /// <summary>The major version of this contract, also the major of the proto package (<c>lbaas.provider.v1</c>).</summary>
    public const int Major = 1;

    /// <summary>The minor version of this contract; 1 added <see cref="IStatusQuery"/>.</summary>
    public const int Minor = 1;

    /// <summary>The gRPC metadata key that carries the caller's contract version (<c>major.minor</c>).</summary>
    public const string VersionHeader = "lbaas-contract-version";
}
