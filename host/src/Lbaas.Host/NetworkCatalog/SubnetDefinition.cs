namespace Lbaas.Host.NetworkCatalog;

/// <summary>Configures one subnet of a catalog network (<c>Lbaas:Networks:&lt;n&gt;:Subnets:&lt;m&gt;</c>).</summary>
public sealed class SubnetDefinition
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Gets or sets the address range, for example <c>127.0.100.0/24</c>.</summary>
    public string Cidr { get; set; } = "";

    /// <summary>Gets or sets the gateway; empty means none. Never allocated.</summary>
    public string GatewayIp { get; set; } = "";
}
