namespace Lbaas.Sdk.V1;

/// <summary>Declares what a driver supports, so callers discover instead of guess.</summary>
/// <remarks>A driver must refuse, with <see cref="UnsupportedOptionException"/>, anything it does not declare.</remarks>
public sealed record Capabilities
{
    /// <summary>Gets the contract version the driver implements.</summary>
    public ContractVersion ContractVersion { get; init; } = ContractVersion.Current;

    /// <summary>Gets the listener protocols.</summary>
    public IReadOnlyList<Protocol> ListenerProtocols { get; init; } = [];

    /// <summary>Gets the pool protocols.</summary>
    public IReadOnlyList<Protocol> PoolProtocols { get; init; } = [];

    /// <summary>Gets the balancing algorithms.</summary>
    public IReadOnlyList<LoadBalancingAlgorithm> Algorithms { get; init; } = [];

    /// <summary>Gets the session persistence types.</summary>
    public IReadOnlyList<SessionPersistenceType> SessionPersistenceTypes { get; init; } = [];

    /// <summary>Gets the health monitor types.</summary>
    public IReadOnlyList<HealthMonitorType> HealthMonitorTypes { get; init; } = [];

    /// <summary>Gets the L7 rule types; empty when L7 is not supported.</summary>
    public IReadOnlyList<L7RuleType> L7RuleTypes { get; init; } = [];

    /// <summary>Gets the topologies.</summary>
    public IReadOnlyList<Topology> Topologies { get; init; } = [Topology.Single];

    /// <summary>Gets the optional features, named by <see cref="ProviderFeature"/>.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>Tells whether a feature is declared.</summary>
    /// <param name="feature">A name from <see cref="ProviderFeature"/>.</param>
    /// <returns><see langword="true"/> when declared.</returns>
    public bool Supports(string feature) => Features.Contains(feature, StringComparer.Ordinal);
}
