namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to a health monitor; fields left unset keep their value.</summary>
public sealed record UpdateHealthMonitorRequest
{
    /// <summary>Gets the health monitor as it is now.</summary>
    public required HealthMonitor Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new probe interval in seconds.</summary>
    public Optional<int> Delay { get; init; }

    /// <summary>Gets the new probe timeout in seconds.</summary>
    public Optional<int> Timeout { get; init; }

    /// <summary>Gets the new success threshold.</summary>
    public Optional<int> MaxRetries { get; init; }

    /// <summary>Gets the new failure threshold.</summary>
    public Optional<int> MaxRetriesDown { get; init; }

    /// <summary>Gets the new HTTP method.</summary>
    public Optional<string?> HttpMethod { get; init; }

    /// <summary>Gets the new URL path.</summary>
    public Optional<string?> UrlPath { get; init; }

    /// <summary>Gets the new expected codes.</summary>
    public Optional<string?> ExpectedCodes { get; init; }

    /// <summary>Gets the new HTTP version; a set <see langword="null"/> returns to the default.</summary>
    public Optional<double?> HttpVersion { get; init; }

    /// <summary>Gets the new Host header; a set <see langword="null"/> removes it.</summary>
    public Optional<string?> DomainName { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The health monitor as it will be.</returns>
    public HealthMonitor Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        Delay = Delay.GetValueOrDefault(Current.Delay),
        Timeout = Timeout.GetValueOrDefault(Current.Timeout),
        MaxRetries = MaxRetries.GetValueOrDefault(Current.MaxRetries),
        MaxRetriesDown = MaxRetriesDown.GetValueOrDefault(Current.MaxRetriesDown),
        HttpMethod = HttpMethod.GetValueOrDefault(Current.HttpMethod),
        UrlPath = UrlPath.GetValueOrDefault(Current.UrlPath),
        ExpectedCodes = ExpectedCodes.GetValueOrDefault(Current.ExpectedCodes),
        HttpVersion = HttpVersion.GetValueOrDefault(Current.HttpVersion),
        DomainName = DomainName.GetValueOrDefault(Current.DomainName),
    };
}
