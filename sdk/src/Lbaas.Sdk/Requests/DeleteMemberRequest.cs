namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a member.</summary>
public sealed record DeleteMemberRequest
{
    /// <summary>Gets the member as it is now.</summary>
    public required Member Member { get; init; }
}
