using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api;

/// <summary>Holds Octavia's protocol tables: listener/pool compatibility, L4 families, header insertion, TLS and ALPN names.</summary>
public static class ProtocolRules
{
    public static readonly Protocol[] ListenerProtocols =
        [Protocol.Http, Protocol.Https, Protocol.Tcp, Protocol.TerminatedHttps, Protocol.Udp, Protocol.Sctp, Protocol.Prometheus];

    public static readonly Protocol[] PoolProtocols =
        [Protocol.Http, Protocol.Https, Protocol.Tcp, Protocol.Proxy, Protocol.ProxyV2, Protocol.Udp, Protocol.Sctp];

    public static readonly string[] HttpHeaders = ["X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Proto"];

    public static readonly string[] SslHeaders =
    [
        "X-SSL-Client-Verify", "X-SSL-Client-Has-Cert", "X-SSL-Client-DN", "X-SSL-Client-CN", "X-SSL-Issuer", "X-SSL-Client-SHA1",
        "X-SSL-Client-Not-Before", "X-SSL-Client-Not-After",
    ];

    public static readonly string[] TlsVersions = ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

    public static readonly string[] AlpnProtocols = ["h2", "http/1.1", "http/1.0"];

    /// <summary>Lists the pool protocols a listener protocol accepts.</summary>
    public static IReadOnlyList<string> PoolProtocolsFor(string listenerProtocol) => listenerProtocol switch
    {
        "TCP" => ["HTTP", "HTTPS", "PROXY", "PROXYV2", "TCP"],
        "HTTP" or "TERMINATED_HTTPS" => ["HTTP", "PROXY", "PROXYV2"],
        "HTTPS" => ["HTTPS", "PROXY", "PROXYV2", "TCP"],
        "UDP" => ["UDP"],
        "SCTP" => ["SCTP"],
        _ => [],
    };

    /// <summary>Names the L4 family a listener's port belongs to.</summary>
    public static string FamilyOf(string protocol) => protocol switch
    {
        "UDP" => "UDP",
        "SCTP" => "SCTP",
        _ => "TCP",
    };

    /// <summary>Raises Octavia's 400 when a pool protocol does not fit a listener protocol.</summary>
    public static void CheckPoolFitsListener(string listenerProtocol, string poolProtocol)
    {
        if (listenerProtocol == "PROMETHEUS")
        {
            throw ApiException.BadRequest("Protocol PROMETHEUS listeners cannot have child objects.");
        }

        if (!PoolProtocolsFor(listenerProtocol).Contains(poolProtocol))
        {
            throw ApiException.Validation(
                $"The pool protocol '{poolProtocol}' is invalid while the listener protocol is '{listenerProtocol}'.");
        }
    }
}
