namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to an L7 policy; fields left unset keep their value.</summary>
public sealed record UpdateL7PolicyRequest
{
    /// <summary>Gets the policy as it is now, with its rules.</summary>
    public required L7Policy Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new description; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new action.</summary>
    public Optional<L7PolicyAction> Action { get; init; }

    /// <summary>Gets the new position.</summary>
    public Optional<int> Position { get; init; }

    /// <summary>Gets the new redirect pool; a set <see langword="null"/> removes it.</summary>
    public Optional<Guid?> RedirectPoolId { get; init; }

    /// <summary>Gets the new redirect URL; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> RedirectUrl { get; init; }

    /// <summary>Gets the new redirect prefix; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> RedirectPrefix { get; init; }

    /// <summary>Gets the new redirect status code; a set <see langword="null"/> removes it.</summary>
    public Optional<int?> RedirectHttpCode { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The policy as it will be.</returns>
    public L7Policy Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        Description = Description.GetValueOrDefault(Current.Description),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        Action = Action.GetValueOrDefault(Current.Action),
        Position = Position.GetValueOrDefault(Current.Position),
        RedirectPoolId = RedirectPoolId.GetValueOrDefault(Current.RedirectPoolId),
        RedirectUrl = RedirectUrl.GetValueOrDefault(Current.RedirectUrl),
        RedirectPrefix = RedirectPrefix.GetValueOrDefault(Current.RedirectPrefix),
        RedirectHttpCode = RedirectHttpCode.GetValueOrDefault(Current.RedirectHttpCode),
    };
}
