namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to add a rule to an L7 policy.</summary>
public sealed record CreateL7RuleRequest
{
    /// <summary>Gets the rule.</summary>
    public required L7Rule L7Rule { get; init; }
}
