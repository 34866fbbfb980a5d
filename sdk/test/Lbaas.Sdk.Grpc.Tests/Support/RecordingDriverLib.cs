using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Records what arrives through gRPC and answers with <see cref="CallRecorder.Behavior"/>.</summary>
public sealed class RecordingDriverLib : CallRecorder, IDriverLib
{
    public Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken) =>
        RecordAsync("UpdateStatus", update, cancellationToken);

    public Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken) =>
        RecordAsync("UpdateListenerStatistics", statistics, cancellationToken);

    public Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<LoadBalancer?>("GetLoadBalancer", id, cancellationToken);

    public Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Listener?>("GetListener", id, cancellationToken);

    public Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Pool?>("GetPool", id, cancellationToken);

    public Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<Member?>("GetMember", id, cancellationToken);

    public Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<HealthMonitor?>("GetHealthMonitor", id, cancellationToken);

    public Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<L7Policy?>("GetL7Policy", id, cancellationToken);

    public Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync<L7Rule?>("GetL7Rule", id, cancellationToken);
}
