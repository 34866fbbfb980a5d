namespace Lbaas.Sdk.V1;

/// <summary>Reports that two sides of the provider contract speak different majors.</summary>
public sealed class ContractVersionMismatchException : Exception
{
    /// <summary>Initializes the error.</summary>
    /// <param name="local">The version this side speaks.</param>
    /// <param name="remote">The version the other side speaks.</param>
    /// <param name="what">What the other side is, for example <c>plugin '/opt/lbaas/plugins/x'</c>.</param>
    public ContractVersionMismatchException(ContractVersion local, ContractVersion remote, string what)
        : base($"{what} speaks provider contract {remote}, but this side speaks {local}; " +
               $"the majors must be equal (rebuild it against Lbaas.Sdk {local.Major}.x).")
    {
        Local = local;
        Remote = remote;
    }

    /// <summary>Gets the version this side speaks.</summary>
    public ContractVersion Local { get; }

    /// <summary>Gets the version the other side speaks.</summary>
    public ContractVersion Remote { get; }
}
