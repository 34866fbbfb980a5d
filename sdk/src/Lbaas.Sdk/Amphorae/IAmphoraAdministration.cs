namespace Lbaas.Sdk.V1;

/// <summary>Answers the Octavia amphora admin API; implemented by drivers that run amphorae.</summary>
/// <remarks>
/// Optional: a driver that implements it declares <see cref="ProviderFeature.AmphoraAdministration"/>. The host answers
/// 501 for drivers that do not.
/// </remarks>
public interface IAmphoraAdministration
{
    /// <summary>Lists amphorae, optionally of one load balancer.</summary>
    /// <param name="loadBalancerId">The load balancer, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The amphorae.</returns>
    Task<IReadOnlyList<Amphora>> ListAmphoraeAsync(Guid? loadBalancerId, CancellationToken cancellationToken);

    /// <summary>Gets one amphora.</summary>
    /// <param name="amphoraId">The amphora.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The amphora, or <see langword="null"/> when unknown.</returns>
    Task<Amphora?> GetAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken);

    /// <summary>Deletes an amphora that is READY or ERROR.</summary>
    /// <param name="amphoraId">The amphora.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task DeleteAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken);

    /// <summary>Replaces an amphora.</summary>
    /// <param name="amphoraId">The amphora.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task FailoverAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken);

    /// <summary>Pushes the current agent configuration to an amphora.</summary>
    /// <param name="amphoraId">The amphora.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the work is accepted.</returns>
    Task ConfigureAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken);

    /// <summary>Reads an amphora's per-listener counters.</summary>
    /// <param name="amphoraId">The amphora.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counters.</returns>
    Task<IReadOnlyList<AmphoraStatistics>> GetAmphoraStatisticsAsync(Guid amphoraId, CancellationToken cancellationToken);
}
