namespace Lbaas.Host.Persistence;

/// <summary>Stores an L7 rule.</summary>
public sealed class L7RuleEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public Guid L7PolicyId { get; set; }

    public L7PolicyEntity? L7Policy { get; set; }

    public string Type { get; set; } = "";

    public string CompareType { get; set; } = "";

    public string? Key { get; set; }

    public string Value { get; set; } = "";

    public bool Invert { get; set; }
}
