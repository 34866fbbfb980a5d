namespace Lbaas.Host.Persistence.Catalog;

/// <summary>Stores a security group created by a driver through the network catalog.</summary>
public sealed class SecurityGroupEntity
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the rules as a JSON array.</summary>
    public string Rules { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }
}
