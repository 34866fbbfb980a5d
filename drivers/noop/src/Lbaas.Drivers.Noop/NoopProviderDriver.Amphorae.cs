using Lbaas.Drivers.Noop.Faults;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop;

/// <summary>Answers the amphora admin API with simulated amphorae: one per load balancer, two for ACTIVE_STANDBY.</summary>
public sealed partial class NoopProviderDriver
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Amphora>> ListAmphoraeAsync(Guid? loadBalancerId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_model.Amphorae(loadBalancerId));
    }

    /// <inheritdoc />
    public Task<Amphora?> GetAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_model.Amphorae(null).FirstOrDefault(a => a.Id == amphoraId));
    }

    /// <inheritdoc />
    /// <exception cref="UnsupportedOptionException">The amphora serves a load balancer (it is ALLOCATED).</exception>
    public Task DeleteAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();

        // Simulated amphorae exist only while their load balancer does, so each is ALLOCATED; unknown ones are gone.
        if (_model.FindAmphoraOwner(amphoraId) is { } loadBalancerId)
        {
            throw new UnsupportedOptionException(
                $"Amphora {amphoraId} is ALLOCATED; only READY or ERROR amphorae can be deleted.",
                $"Provider 'noop': amphora {amphoraId} serves load balancer {loadBalancerId}.");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task FailoverAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken)
    {
        var loadBalancerId = _model.FindAmphoraOwner(amphoraId)
            ?? throw new DriverException(
                $"Amphora {amphoraId} was not found.",
                $"Provider 'noop' has no amphora {amphoraId}.");
        await ExecuteAsync(NoopOperation.FailoverAmphora, loadBalancerId, null,
            (state, status) => state.FailoverAmphora(amphoraId, status, _time), cancellationToken);
    }

    /// <inheritdoc />
    public Task ConfigureAmphoraAsync(Guid amphoraId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AmphoraStatistics>> GetAmphoraStatisticsAsync(Guid amphoraId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var amphora = _model.Amphorae(null).FirstOrDefault(a => a.Id == amphoraId);
        if (amphora?.LoadBalancerId is not { } loadBalancerId || _model.Find(loadBalancerId) is not { } state)
        {
            return Task.FromResult<IReadOnlyList<AmphoraStatistics>>([]);
        }

        IReadOnlyList<AmphoraStatistics> statistics = _model.Read(state, s => s.Listeners
            .Select(l => new AmphoraStatistics
            {
                AmphoraId = amphoraId,
                LoadBalancerId = loadBalancerId,
                ListenerId = l.Id,
                Counters = new ListenerStatistics { ListenerId = l.Id },
            })
            .ToList());
        return Task.FromResult(statistics);
    }
}
