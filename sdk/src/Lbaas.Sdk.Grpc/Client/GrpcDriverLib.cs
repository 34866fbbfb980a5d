using Grpc.Core;
using Grpc.Net.Client;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Calls the host's driver library over gRPC as an <see cref="IDriverLib"/>; used by out-of-process drivers.</summary>
/// <remarks>Sends the contract version header on every call, honours the token and the optional call timeout, and
/// raises the exceptions the host threw. Thread safe.</remarks>
public sealed class GrpcDriverLib : IDriverLib
{
    private readonly P.DriverLibService.DriverLibServiceClient _client;
    private readonly ClientCallRunner _calls;

    /// <summary>Initializes a client over a channel to the host.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcDriverLib(GrpcChannel channel, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _client = new P.DriverLibService.DriverLibServiceClient(channel);
        _calls = new ClientCallRunner(options, channel.Target);
    }

    /// <summary>Initializes a client over a call invoker.</summary>
    /// <param name="callInvoker">The invoker.</param>
    /// <param name="options">Deadlines and naming; <see langword="null"/> for defaults.</param>
    public GrpcDriverLib(CallInvoker callInvoker, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(callInvoker);
        _client = new P.DriverLibService.DriverLibServiceClient(callInvoker);
        _calls = new ClientCallRunner(options, "the host");
    }

    /// <inheritdoc/>
    public Task UpdateStatusAsync(StatusUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.UpdateStatus),
            o => _client.UpdateStatusAsync(new P.UpdateStatusRequest { Status = update.ToProto() }, o),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateListenerStatisticsAsync(IReadOnlyList<ListenerStatistics> statistics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.UpdateListenerStatistics),
            o => _client.UpdateListenerStatisticsAsync(
                new P.UpdateListenerStatisticsRequest { Statistics = { statistics.Select(s => s.ToProto()) } }, o),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<LoadBalancer?> GetLoadBalancerAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetLoadBalancer),
            o => _client.GetLoadBalancerAsync(new P.GetLoadBalancerRequest { Id = WireFormat.FromId(id) }, o),
            r => r.LoadBalancer?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Listener?> GetListenerAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetListener),
            o => _client.GetListenerAsync(new P.GetListenerRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Listener?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Pool?> GetPoolAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetPool),
            o => _client.GetPoolAsync(new P.GetPoolRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Pool?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<Member?> GetMemberAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetMember),
            o => _client.GetMemberAsync(new P.GetMemberRequest { Id = WireFormat.FromId(id) }, o),
            r => r.Member?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<HealthMonitor?> GetHealthMonitorAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetHealthMonitor),
            o => _client.GetHealthMonitorAsync(new P.GetHealthMonitorRequest { Id = WireFormat.FromId(id) }, o),
            r => r.HealthMonitor?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<L7Policy?> GetL7PolicyAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetL7Policy),
            o => _client.GetL7PolicyAsync(new P.GetL7PolicyRequest { Id = WireFormat.FromId(id) }, o),
            r => r.L7Policy?.ToContract(),
            cancellationToken);

    /// <inheritdoc/>
    public Task<L7Rule?> GetL7RuleAsync(Guid id, CancellationToken cancellationToken) =>
        _calls.CallAsync(
            nameof(P.DriverLibService.DriverLibServiceClient.GetL7Rule),
            o => _client.GetL7RuleAsync(new P.GetL7RuleRequest { Id = WireFormat.FromId(id) }, o),
            r => r.L7Rule?.ToContract(),
            cancellationToken);
}
