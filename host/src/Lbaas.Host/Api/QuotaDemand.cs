namespace Lbaas.Host.Api;

/// <summary>Counts the objects one request creates (or one status report releases), per quota kind.</summary>
public sealed record QuotaDemand
{
    public int LoadBalancers { get; init; }

    public int Listeners { get; init; }

    public int Pools { get; init; }

    public int HealthMonitors { get; init; }

    public int Members { get; init; }

    public int L7Policies { get; init; }

    public int L7Rules { get; init; }

    public bool IsEmpty => LoadBalancers == 0 && Listeners == 0 && Pools == 0 && HealthMonitors == 0 && Members == 0
        && L7Policies == 0 && L7Rules == 0;
}
