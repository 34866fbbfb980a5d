using Grpc.Core;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Runs one unary call: adds the version header and deadline, and turns failures into contract exceptions.</summary>
internal sealed class ClientCallRunner
{
    private readonly GrpcClientOptions _options;

    public ClientCallRunner(GrpcClientOptions? options, string target)
    {
        _options = options ?? new GrpcClientOptions();
        Target = _options.Target ?? target;
    }

    public string Target { get; }

    public async Task<TResult> CallAsync<TResponse, TResult>(
        string method,
        Func<CallOptions, AsyncUnaryCall<TResponse>> call,
        Func<TResponse, TResult> decode,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TResponse response;
        var options = CreateCallOptions(cancellationToken);
        try
        {
            using var pending = call(options);
            response = await pending.ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && !cancellationToken.IsCancellationRequested
                                     && options.Deadline <= _options.TimeProvider.GetUtcNow().UtcDateTime)
        {
            // The server noticed our deadline before we did and reported a plain cancellation.
            throw new TimeoutException($"gRPC call {method} to {Target} ran past its deadline of {_options.CallTimeout}.", e);
        }
        catch (RpcException e)
        {
            throw RpcErrorMapping.ToException(e, method, Target, cancellationToken);
        }

        try
        {
            return decode(response);
        }
        catch (FormatException e)
        {
            throw new DriverException(
                operatorMessage: $"The provider at {Target} answered {method} with a malformed message: {e.Message}",
                innerException: e);
        }
    }

    public Task CallAsync<TResponse>(
        string method, Func<CallOptions, AsyncUnaryCall<TResponse>> call, CancellationToken cancellationToken) =>
        CallAsync(method, call, static _ => true, cancellationToken);

    private CallOptions CreateCallOptions(CancellationToken cancellationToken)
    {
        var headers = new Metadata { { ProviderContract.VersionHeader, ContractVersionHeader.Value } };
        DateTime? deadline = _options.CallTimeout is { } timeout
            ? _options.TimeProvider.GetUtcNow().UtcDateTime + timeout
            : null;
        return new CallOptions(headers, deadline, cancellationToken);
    }
}
