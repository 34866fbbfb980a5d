namespace Lbaas.Sdk.V1;

/// <summary>Describes an L7 rule: one condition of an L7 policy.</summary>
public sealed record L7Rule
{
    /// <summary>Gets the rule's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the policy the rule belongs to.</summary>
    public required Guid L7PolicyId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets a value indicating whether the rule is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets what the rule inspects.</summary>
    public required L7RuleType Type { get; init; }

    /// <summary>Gets how the rule compares.</summary>
    public required L7RuleCompareType CompareType { get; init; }

    /// <summary>Gets the header, cookie or DN field name, for the types that need one.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the value compared against.</summary>
    public required string Value { get; init; }

    /// <summary>Gets a value indicating whether the match is inverted.</summary>
    public bool Invert { get; init; }
}
