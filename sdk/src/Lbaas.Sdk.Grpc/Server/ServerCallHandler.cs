using Grpc.Core;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;

namespace Lbaas.Sdk.Grpc;

/// <summary>Runs one served call: checks the caller's contract version, decodes the request, calls the contract
/// implementation with the call's token, and turns its exceptions into statuses with an error trailer.</summary>
internal sealed partial class ServerCallHandler(ILogger logger, string service)
{
    public async Task<TResponse> HandleAsync<TContract, TResponse>(
        ServerCallContext context,
        string method,
        Func<TContract> decode,
        Func<TContract, CancellationToken, Task<TResponse>> invoke)
    {
        CheckCallerVersion(context);
        TContract request;
        try
        {
            request = decode();
        }
        catch (FormatException e)
        {
            Log.MalformedRequest(logger, service, method, e.Message);
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Malformed {method} request: {e.Message}"));
        }

        try
        {
            return await invoke(request, context.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The call's token fires both when the caller cancels and when its deadline passes; tell them apart.
            throw context.Deadline <= TimeProvider.System.GetUtcNow().UtcDateTime
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, $"{method} ran past the caller's deadline."))
                : new RpcException(new Status(StatusCode.Cancelled, $"{method} was cancelled by the caller."));
        }
        catch (ProviderException e)
        {
            Log.CallRefused(logger, service, method, e.GetType().Name, e.OperatorMessage);
            throw RpcErrorMapping.ToRpcException(e);
        }
        catch (Exception e) when (e is not RpcException)
        {
            Log.CallFailed(logger, service, method, e.GetType().FullName, e);
            throw RpcErrorMapping.ToRpcException(new DriverException(
                operatorMessage: $"{service}.{method} failed with {e.GetType().FullName}: {e.Message}", innerException: e));
        }
    }

    /// <summary>Refuses a caller that announces another contract major; a caller that sends no header is let
    /// through so that generic tools (buf curl, grpcurl) can still call.</summary>
    public void CheckCallerVersion(ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue(ProviderContract.VersionHeader);
        if (header is null)
        {
            return;
        }

        if (!ContractVersionHeader.TryParse(header, out var caller))
        {
            Log.VersionRefused(logger, service, header, ContractVersionHeader.Value);
            throw new RpcException(new Status(
                StatusCode.FailedPrecondition,
                $"Header '{ProviderContract.VersionHeader}' must be 'major.minor', but was '{header}'; this side speaks provider contract {ContractVersion.Current}."));
        }

        RefuseOtherMajor(caller);
    }

    public void RefuseOtherMajor(ContractVersion caller)
    {
        if (!ContractVersion.Current.IsCompatibleWith(caller))
        {
            Log.VersionRefused(logger, service, caller.ToString(), ContractVersionHeader.Value);
            throw RpcErrorMapping.VersionMismatch(ContractVersion.Current, caller);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
            Message = "Refused a {Service} call from a caller speaking provider contract '{CallerVersion}'; this side speaks {LocalVersion}.")]
        public static partial void VersionRefused(ILogger logger, string service, string callerVersion, string localVersion);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
            Message = "Refused a malformed {Service}.{Method} request: {Reason}")]
        public static partial void MalformedRequest(ILogger logger, string service, string method, string reason);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
            Message = "{Service}.{Method} failed with {ErrorType}: {OperatorMessage}")]
        public static partial void CallRefused(ILogger logger, string service, string method, string errorType, string operatorMessage);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Error,
            Message = "{Service}.{Method} failed with an unexpected {ExceptionType}.")]
        public static partial void CallFailed(ILogger logger, string service, string method, string? exceptionType, Exception exception);
    }
}
