namespace Lbaas.Host.Persistence;

/// <summary>Stores an L7 policy.</summary>
public sealed class L7PolicyEntity : ProvisionedEntity
{
    public Guid LoadBalancerId { get; set; }

    public Guid ListenerId { get; set; }

    public ListenerEntity? Listener { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string Action { get; set; } = "";

    public int Position { get; set; }

    public Guid? RedirectPoolId { get; set; }

    public PoolEntity? RedirectPool { get; set; }

    public string? RedirectUrl { get; set; }

    public string? RedirectPrefix { get; set; }

    public int? RedirectHttpCode { get; set; }

    public List<L7RuleEntity> Rules { get; set; } = [];
}
