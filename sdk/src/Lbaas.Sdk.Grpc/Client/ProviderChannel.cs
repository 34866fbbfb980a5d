using System.Net.Sockets;
using Grpc.Net.Client;

namespace Lbaas.Sdk.Grpc;

/// <summary>Opens gRPC channels to contract endpoints given as <c>http://host:port</c> (h2c), <c>https://host:port</c> or <c>unix:/path.sock</c>.</summary>
/// <remarks>Used on both sides: the host reaching a remote provider, and a remote provider reaching the host's callbacks.</remarks>
public static class ProviderChannel
{
    /// <summary>The scheme prefix of a unix domain socket address.</summary>
    public const string UnixPrefix = "unix:";

    /// <summary>Opens a channel to an address.</summary>
    /// <param name="address">The address: <c>http://</c>, <c>https://</c> or <c>unix:/absolute/path.sock</c>.</param>
    /// <param name="handler">A handler to use instead of a socket (tests route through an in-memory server).</param>
    /// <returns>A channel the caller disposes.</returns>
    /// <exception cref="ArgumentException">The address is neither a URL nor a unix socket path.</exception>
    public static GrpcChannel ForAddress(string address, HttpMessageHandler? handler = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal))
        {
            var path = address[UnixPrefix.Length..];
            if (!Path.IsPathRooted(path))
            {
                throw new ArgumentException($"'{address}' must name an absolute socket path, as in unix:/run/lbaas/noop.sock.", nameof(address));
            }

            return GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
            {
                HttpHandler = handler ?? UnixSocketHandler(path),
                DisposeHttpClient = true,
            });
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{address}' is not an address: use http://HOST:PORT, https://HOST:PORT or unix:/path.sock.", nameof(address));
        }

        return GrpcChannel.ForAddress(url, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    private static SocketsHttpHandler UnixSocketHandler(string path)
    {
        var endPoint = new UnixDomainSocketEndPoint(path);
        return new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}
