using System.Threading.Channels;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Plugins.Tests.Support;

/// <summary>Stands in for the host's DriverLib: every status report lands in <see cref="Updates"/>; nothing is stored.</summary>
public sealed class ChannelDriverLib : IDriverLib
{
    private readonly Channel<StatusUpdate> _updates = Channel.CreateUnbounded<StatusUpdate>();

    public ChannelReader<StatusUpdate> Updates => _updates.Reader;

    /// <summary>Reads reports until one carries the load balancer with the given status, within a deadline.</summary>
    public async Task<StatusUpdate> WaitForLoadBalancerAsync(Guid id, ProvisioningStatus status, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        var seen = new List<string>();
        try
        {
            await foreach (var update in _updates.Reader.ReadAllAsync(deadline.Token))
            {
                var entry = update.LoadBalancers.FirstOrDefault(e => e.Id == id);
                seen.Add(entry?.ProvisioningStatus?.ToString() ?? "(no entry)");
                if (entry?.ProvisioningStatus == status)
                {
                    return update;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }

        throw new TimeoutException(
            $"load balancer {id}: expected {status} within {within.TotalSeconds} s, saw [{string.Join(", ", seen)}]");
    }

    public Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken) =>
        _updates.Writer.WriteAsync(update, cancellationToken).AsTask();

    public Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<LoadBalancer?>(null);

    public Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Listener?>(null);

    public Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Pool?>(null);

    public Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Member?>(null);

    public Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<HealthMonitor?>(null);

    public Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<L7Policy?>(null);

    public Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<L7Rule?>(null);
}
