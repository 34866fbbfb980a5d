namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add a member to a pool.</summary>
public sealed record CreateMemberRequest
{
    /// <summary>Gets the member.</summary>
    public required Member Member { get; init; }
}
