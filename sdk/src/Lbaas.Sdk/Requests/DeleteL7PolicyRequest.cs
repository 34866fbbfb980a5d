namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove an L7 policy and its rules.</summary>
public sealed record DeleteL7PolicyRequest
{
    /// <summary>Gets the policy as it is now.</summary>
    public required L7Policy L7Policy { get; init; }
}
