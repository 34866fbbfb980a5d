namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add an L7 policy to a listener.</summary>
public sealed record CreateL7PolicyRequest
{
    /// <summary>Gets the policy with its rules.</summary>
    public required L7Policy L7Policy { get; init; }
}
