using Google.Protobuf;
using Grpc.Core;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Turns contract exceptions into gRPC statuses with an <see cref="P.ErrorDetail"/> trailer, and back.</summary>
/// <remarks>The status message carries only the user message; the operator message travels in the binary
/// trailer <see cref="TrailerKey"/>, which a client turns back into the same exception type.</remarks>
public static class RpcErrorMapping
{
    /// <summary>The binary trailer that carries a serialized <see cref="P.ErrorDetail"/>.</summary>
    public const string TrailerKey = "lbaas-error-bin";

    /// <summary>Builds the status and trailer for a contract exception.</summary>
    /// <param name="exception">The exception a driver threw.</param>
    /// <returns>The exception to throw from a gRPC service method.</returns>
    public static RpcException ToRpcException(ProviderException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (kind, code) = exception switch
        {
            NotImplementedByDriverException => (P.ErrorKind.NotImplemented, StatusCode.Unimplemented),
            UnsupportedOptionException => (P.ErrorKind.UnsupportedOption, StatusCode.InvalidArgument),
            _ => (P.ErrorKind.DriverError, StatusCode.Internal),
        };
        return Create(code, new P.ErrorDetail
        {
            Kind = kind,
            UserMessage = exception.UserMessage,
            OperatorMessage = exception.OperatorMessage,
        });
    }

    /// <summary>Builds the FAILED_PRECONDITION refusal for a caller of another contract major.</summary>
    /// <param name="local">The version this side speaks.</param>
    /// <param name="remote">The version the caller speaks.</param>
    /// <returns>The exception to throw from a gRPC service method.</returns>
    public static RpcException VersionMismatch(ContractVersion local, ContractVersion remote)
    {
        var message = new ContractVersionMismatchException(local, remote, "The caller").Message;
        return Create(StatusCode.FailedPrecondition, new P.ErrorDetail
        {
            Kind = P.ErrorKind.VersionMismatch,
            UserMessage = message,
            OperatorMessage = message,
            RemoteVersion = local.ToProto(),
        });
    }

    /// <summary>Reads the error detail a server attached to a failed call, if any.</summary>
    /// <param name="exception">The failed call.</param>
    /// <returns>The detail, or <see langword="null"/> when the trailer is absent or unreadable.</returns>
    public static P.ErrorDetail? ReadDetail(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var entry = exception.Trailers.Get(TrailerKey);
        if (entry is null || !entry.IsBinary)
        {
            return null;
        }

        try
        {
            return P.ErrorDetail.Parser.ParseFrom(entry.ValueBytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    /// <summary>Turns a failed call back into the exception the remote side threw.</summary>
    /// <param name="exception">The failed call.</param>
    /// <param name="method">The rpc, for the operator message.</param>
    /// <param name="target">The remote address, for the operator message.</param>
    /// <param name="cancellationToken">The caller's token, attached to a cancellation.</param>
    /// <returns>A <see cref="ProviderException"/>, <see cref="ContractVersionMismatchException"/>,
    /// <see cref="OperationCanceledException"/> or <see cref="TimeoutException"/>.</returns>
    public static Exception ToException(RpcException exception, string method, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (ReadDetail(exception) is { } detail)
        {
            var operatorMessage = detail.OperatorMessage;
            return detail.Kind switch
            {
                P.ErrorKind.NotImplemented => new NotImplementedByDriverException(detail.UserMessage, operatorMessage, exception),
                P.ErrorKind.UnsupportedOption => new UnsupportedOptionException(detail.UserMessage, operatorMessage, exception),
                P.ErrorKind.VersionMismatch => new ContractVersionMismatchException(
                    ContractVersion.Current,
                    detail.RemoteVersion?.ToContract() ?? default,
                    $"The provider at {target}"),
                _ => new DriverException(detail.UserMessage, operatorMessage, exception),
            };
        }

        var what = $"gRPC call {method} to {target} ended with {exception.StatusCode}: {exception.Status.Detail}";
        return exception.StatusCode switch
        {
            StatusCode.Cancelled => new OperationCanceledException(what, exception, cancellationToken),
            StatusCode.DeadlineExceeded => new TimeoutException(what, exception),
            StatusCode.Unimplemented => new NotImplementedByDriverException(operatorMessage: what, innerException: exception),
            _ => new DriverException(operatorMessage: what, innerException: exception),
        };
    }

    private static RpcException Create(StatusCode code, P.ErrorDetail detail) =>
        new(new Status(code, detail.UserMessage), new Metadata { { TrailerKey, detail.ToByteArray() } }, detail.UserMessage);
}
