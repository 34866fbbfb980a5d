namespace Lbaas.Sdk.V1;

/// <summary>Describes an L7 policy: an action taken when all of its rules match.</summary>
public sealed record L7Policy
{
    /// <summary>Gets the policy's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the listener the policy belongs to.</summary>
    public required Guid ListenerId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the policy is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the action.</summary>
    public required L7PolicyAction Action { get; init; }

    /// <summary>Gets the 1-based evaluation position on the listener.</summary>
    public int Position { get; init; } = 1;

    /// <summary>Gets the target pool of <see cref="L7PolicyAction.RedirectToPool"/>.</summary>
    public Guid? RedirectPoolId { get; init; }

    /// <summary>Gets the target URL of <see cref="L7PolicyAction.RedirectToUrl"/>.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>Gets the target prefix of <see cref="L7PolicyAction.RedirectPrefix"/>.</summary>
    public string? RedirectPrefix { get; init; }

    /// <summary>Gets the HTTP status of redirects (301, 302, 303, 307 or 308).</summary>
    public int? RedirectHttpCode { get; init; }

    /// <summary>Gets the rules, all of which must match.</summary>
    public IReadOnlyList<L7Rule> Rules { get; init; } = [];
}
