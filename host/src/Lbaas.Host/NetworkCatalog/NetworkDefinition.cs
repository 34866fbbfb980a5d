namespace Lbaas.Host.NetworkCatalog;

/// <summary>Configures one network of the catalog (<c>Lbaas:Networks:&lt;n&gt;</c>).</summary>
public sealed class NetworkDefinition
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Gets or sets the owning project; empty for a shared network.</summary>
    public string ProjectId { get; set; } = "";

    public bool Shared { get; set; } = true;

    public int Mtu { get; set; } = 1500;

    public List<SubnetDefinition> Subnets { get; set; } = [];
}
