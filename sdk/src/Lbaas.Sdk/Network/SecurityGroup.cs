namespace Lbaas.Sdk.V1;

/// <summary>Describes a security group: a set of allowed traffic.</summary>
public sealed record SecurityGroup
{
    /// <summary>Gets the group's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the owning project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Gets the rules.</summary>
    public IReadOnlyList<SecurityGroupRule> Rules { get; init; } = [];
}
