namespace Lbaas.Sdk.V1;

/// <summary>Describes a pool's health monitor.</summary>
public sealed record HealthMonitor
{
    /// <summary>Gets the health monitor's ID.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the pool the monitor probes.</summary>
    public required Guid PoolId { get; init; }

    /// <summary>Gets the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether the monitor is administratively up.</summary>
    public bool AdminStateUp { get; init; } = true;

    /// <summary>Gets the probe type.</summary>
    public required HealthMonitorType Type { get; init; }

    /// <summary>Gets the interval between probes in seconds.</summary>
    public required int Delay { get; init; }

    /// <summary>Gets the probe timeout in seconds.</summary>
    public required int Timeout { get; init; }

    /// <summary>Gets the successes needed to mark a member up, 1 to 10.</summary>
    public required int MaxRetries { get; init; }

    /// <summary>Gets the failures needed to mark a member down, 1 to 10.</summary>
    public int MaxRetriesDown { get; init; } = 3;

    /// <summary>Gets the HTTP method of HTTP(S) probes.</summary>
    public string? HttpMethod { get; init; }

    /// <summary>Gets the URL path of HTTP(S) probes.</summary>
    public string? UrlPath { get; init; }

    /// <summary>Gets the expected status codes of HTTP(S) probes (<c>200</c>, <c>200,202</c> or <c>200-204</c>).</summary>
    public string? ExpectedCodes { get; init; }

    /// <summary>Gets the HTTP version of HTTP(S) probes (1.0 or 1.1).</summary>
    public double? HttpVersion { get; init; }

    /// <summary>Gets the Host header of HTTP/1.1 probes.</summary>
    public string? DomainName { get; init; }
}
