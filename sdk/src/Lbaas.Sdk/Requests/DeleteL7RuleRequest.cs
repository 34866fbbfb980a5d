namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to remove a rule from an L7 policy.</summary>
public sealed record DeleteL7RuleRequest
{
    /// <summary>Gets the rule as it is now.</summary>
    public required L7Rule L7Rule { get; init; }
}
