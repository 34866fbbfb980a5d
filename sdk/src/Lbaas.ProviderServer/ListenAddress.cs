using System.Net;
using Grpc.Net.Client;
using Lbaas.Sdk.Grpc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Lbaas.ProviderServer;

/// <summary>Is a gRPC endpoint given on the command line: <c>http://HOST:PORT</c> or <c>unix:/path.sock</c>.</summary>
internal sealed record ListenAddress
{
    private ListenAddress(string text, string? socketPath, IPEndPoint? endPoint)
    {
        Text = text;
        SocketPath = socketPath;
        EndPoint = endPoint;
    }

    public string Text { get; }

    public string? SocketPath { get; }

    public IPEndPoint? EndPoint { get; }

    public static bool TryParse(string text, out ListenAddress? address, out string? error)
    {
        address = null;
        error = null;
        if (text.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = text["unix:".Length..];
            if (!Path.IsPathFullyQualified(path))
            {
                error = $"'{text}' must name an absolute socket path, as in unix:/run/lbaas/noop.sock.";
                return false;
            }

            address = new ListenAddress(text, path, null);
            return true;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.Port >= 0)
        {
            var host = uri.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (host is not null)
            {
                address = new ListenAddress(text, null, new IPEndPoint(host, uri.Port));
                return true;
            }
        }

        error = $"'{text}' is not an address: use http://IP:PORT (h2c, PORT 0 for any free port) or unix:/absolute/path.sock.";
        return false;
    }

    /// <summary>Makes Kestrel listen here with HTTP/2 only (h2c), replacing a stale socket file.</summary>
    public void Listen(KestrelServerOptions kestrel)
    {
        if (SocketPath is not null)
        {
            if (File.Exists(SocketPath))
            {
                File.Delete(SocketPath);
            }

            kestrel.ListenUnixSocket(SocketPath, l => l.Protocols = HttpProtocols.Http2);
        }
        else
        {
            kestrel.Listen(EndPoint!, l => l.Protocols = HttpProtocols.Http2);
        }
    }

    /// <summary>Opens a gRPC channel to this address.</summary>
    public GrpcChannel OpenChannel() => ProviderChannel.ForAddress(Text);
}
