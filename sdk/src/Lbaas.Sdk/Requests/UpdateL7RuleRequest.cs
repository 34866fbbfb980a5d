namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to an L7 rule; fields left unset keep their value.</summary>
public sealed record UpdateL7RuleRequest
{
    /// <summary>Gets the rule as it is now.</summary>
    public required L7Rule Current { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new rule type.</summary>
    public Optional<L7RuleType> Type { get; init; }

    /// <summary>Gets the new compare type.</summary>
    public Optional<L7RuleCompareType> CompareType { get; init; }

    /// <summary>Gets the new key; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> Key { get; init; }

    /// <summary>Gets the new value.</summary>
    public Optional<string> Value { get; init; }

    /// <summary>Gets whether the match is inverted.</summary>
    public Optional<bool> Invert { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The rule as it will be.</returns>
    public L7Rule Apply() => Current with
    {
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        Type = Type.GetValueOrDefault(Current.Type),
        CompareType = CompareType.GetValueOrDefault(Current.CompareType),
        Key = Key.GetValueOrDefault(Current.Key),
        Value = Value.GetValueOrDefault(Current.Value),
        Invert = Invert.GetValueOrDefault(Current.Invert),
    };
}
