namespace Lbaas.Sdk.V1;

/// <summary>Asks a driver to make a pool's members equal to a desired set.</summary>
/// <remarks>Members of <see cref="Pool"/> that are absent from <see cref="Members"/> are deletions.</remarks>
public sealed record BatchUpdateMembersRequest
{
    /// <summary>Gets the pool as it is now, with its current members.</summary>
    public required Pool Pool { get; init; }

    /// <summary>Gets the desired members: new ones have new IDs, kept ones keep theirs.</summary>
    public required IReadOnlyList<Member> Members { get; init; }
}
