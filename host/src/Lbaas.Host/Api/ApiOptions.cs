using System.ComponentModel.DataAnnotations;

namespace Lbaas.Host.Api;

/// <summary>Configures the Octavia API (section <c>Lbaas:Api</c>); names follow Octavia's <c>[api_settings]</c> and <c>[networking]</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Lbaas:Api";

    /// <summary>Gets or sets the project used when a caller names none (no-auth mode).</summary>
    [Required]
    [MinLength(1)]
    public string DefaultProjectId { get; set; } = "6a2b7c5e3d4f4a8b9c0d1e2f3a4b5c6d";

    /// <summary>Gets or sets the largest page size; also the default.</summary>
    [Range(1, 100000)]
    public int PaginationMaxLimit { get; set; } = 1000;

    /// <summary>Gets or sets the base URI used in pagination links; empty means the request URL.</summary>
    public string? ApiBaseUri { get; set; }

    /// <summary>Gets or sets the provider name shown when an LB has none stored.</summary>
    [Required]
    public string DefaultProviderName { get; set; } = "octavia";

    /// <summary>
    /// Gets or sets whether load-balancer reads are served from a cache until the next database write. Applies on
    /// SQLite only, where this host makes every write; PostgreSQL, which several hosts share, is never cached.
    /// </summary>
    public bool ResponseCache { get; set; } = true;

    /// <summary>Gets or sets how long one driver call may take before it counts as a driver error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan DriverCallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool AllowVipNetworkId { get; set; } = true;

    public bool AllowVipSubnetId { get; set; } = true;

    public bool AllowVipPortId { get; set; } = true;

    /// <summary>Gets or sets the networks a VIP may use; empty allows all.</summary>
    public List<Guid> ValidVipNetworks { get; set; } = [];

    /// <summary>Gets or sets member addresses that are refused.</summary>
    public List<string> ReservedIps { get; set; } = ["169.254.169.254"];

    [Range(0, 2073600000)]
    public int DefaultTimeoutClientData { get; set; } = 50000;

    [Range(0, 2073600000)]
    public int DefaultTimeoutMemberConnect { get; set; } = 5000;

    [Range(0, 2073600000)]
    public int DefaultTimeoutMemberData { get; set; } = 50000;

    [Range(0, 2073600000)]
    public int DefaultTimeoutTcpInspect { get; set; }

    /// <summary>Gets or sets the TLS versions listeners and pools get by default.</summary>
    public List<string> DefaultTlsVersions { get; set; } = ["TLSv1.2", "TLSv1.3"];

    /// <summary>Gets or sets the ALPN protocols listeners and pools get by default.</summary>
    public List<string> DefaultListenerAlpnProtocols { get; set; } = ["h2", "http/1.1", "http/1.0"];

    /// <summary>Gets or sets the ALPN protocols TLS-enabled pools get by default.</summary>
    public List<string> DefaultPoolAlpnProtocols { get; set; } = ["http/1.1", "http/1.0"];
}
