using static Lbaas.Host.EndToEnd.Tests.Fidelity.FidelityStep;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Listeners: protocol and port combinations, conflicts, timeouts, insert_headers, PROMETHEUS, sparse updates.</summary>
internal static class ListenerCorpus
{
    private const string Listeners = "/v2/lbaas/listeners";

    public static IEnumerable<FidelityStep> Steps =>
    [
        Post("lb create", "/v2/lbaas/loadbalancers",
            """{"loadbalancer": {"name": "fid-listeners", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}"}}""") with { Capture = "lb" },
        Post("HTTP 80", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 80, \"name\": \"http\"")) with { Capture = "http" },
        Get("show HTTP 80", Listeners + "/{{http}}"),
        Post("HTTP 80 again conflicts", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 80")),
        Post("TCP 80 conflicts within the TCP family", Listeners, Body("\"protocol\": \"TCP\", \"protocol_port\": 80")),
        Post("UDP 80 is another family", Listeners, Body("\"protocol\": \"UDP\", \"protocol_port\": 80")) with { Capture = "udp" },
        Post("SCTP 80 is another family", Listeners, Body("\"protocol\": \"SCTP\", \"protocol_port\": 80")) with { Capture = "sctp" },
        Post("HTTPS 443 passthrough without certificate", Listeners, Body("\"protocol\": \"HTTPS\", \"protocol_port\": 443")),
        Post("TCP 8080 with every field", Listeners, Body(
            "\"protocol\": \"TCP\", \"protocol_port\": 8080, \"name\": \"tcp\", \"description\": \"all\", \"admin_state_up\": false, " +
            "\"connection_limit\": 100, \"timeout_client_data\": 1000, \"timeout_member_connect\": 2000, \"timeout_member_data\": 3000, " +
            "\"timeout_tcp_inspect\": 4000, \"tags\": [\"a\", \"b\"], \"allowed_cidrs\": [\"192.0.2.0/24\"], \"project_id\": \"ignored\"")),
        Post("TERMINATED_HTTPS without certificate", Listeners, Body("\"protocol\": \"TERMINATED_HTTPS\", \"protocol_port\": 444")),
        Post("unknown protocol", Listeners, Body("\"protocol\": \"FTP\", \"protocol_port\": 21"))
            with { Deviation = Deviations.EnumerationInDocumentedOrder("Invalid input for field/attribute protocol. Value: 'FTP'. Value should be one of: HTTP, HTTPS, TCP, TERMINATED_HTTPS, UDP, SCTP, PROMETHEUS") },
        Post("lower-case protocol", Listeners, Body("\"protocol\": \"http\", \"protocol_port\": 21"))
            with { Deviation = Deviations.EnumerationInDocumentedOrder("Invalid input for field/attribute protocol. Value: 'http'. Value should be one of: HTTP, HTTPS, TCP, TERMINATED_HTTPS, UDP, SCTP, PROMETHEUS") },
        Post("port 0", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 0")),
        Post("port 65536", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 65536")),
        Post("port as text", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": \"eighty\""))
            with { Deviation = Deviations.TypeErrorNamesTheField("Invalid input for field/attribute protocol_port. Value: 'eighty'. Value should be integer") },
        Post("port missing", Listeners, Body("\"protocol\": \"HTTP\"")),
        Post("loadbalancer_id missing", Listeners, """{"listener": {"protocol": "HTTP", "protocol_port": 82}}"""),
        Post("loadbalancer_id unknown", Listeners,
            """{"listener": {"protocol": "HTTP", "protocol_port": 82, "loadbalancer_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead"}}"""),
        Post("unknown attribute", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"bogus\": true")),
        Post("negative client timeout", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"timeout_client_data\": -1")),
        Post("client timeout above the maximum", Listeners,
            Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"timeout_client_data\": 2073600001")),
        Post("two bad fields at once", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 0, \"connection_limit\": -2"))
            with { Deviation = Deviations.SeveralProblemsJoined },
        Post("connection_limit -2", Listeners, Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"connection_limit\": -2")),
        Post("insert_headers on HTTP", Listeners, Body(
            "\"protocol\": \"HTTP\", \"protocol_port\": 81, \"insert_headers\": {\"X-Forwarded-For\": \"true\", \"X-Forwarded-Port\": \"true\"}"))
            with { Capture = "headers" },
        Post("insert_headers on TCP", Listeners,
            Body("\"protocol\": \"TCP\", \"protocol_port\": 82, \"insert_headers\": {\"X-Forwarded-For\": \"true\"}")),
        Post("unknown insert header", Listeners,
            Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"insert_headers\": {\"X-Bogus\": \"true\"}")),
        Post("TLS insert header on HTTP", Listeners,
            Body("\"protocol\": \"HTTP\", \"protocol_port\": 82, \"insert_headers\": {\"X-SSL-Client-Verify\": \"true\"}")),
        Post("PROMETHEUS 9100", Listeners, Body("\"protocol\": \"PROMETHEUS\", \"protocol_port\": 9100")) with { Capture = "prom" },
        Post("PROMETHEUS on a taken TCP port", Listeners, Body("\"protocol\": \"PROMETHEUS\", \"protocol_port\": 80")),
        Put("update name and connection_limit", Listeners + "/{{http}}", """{"listener": {"name": "http-2", "connection_limit": 100}}"""),
        Put("update null connection_limit and timeouts resets them", Listeners + "/{{http}}",
            """{"listener": {"connection_limit": null, "timeout_client_data": null, "timeout_member_data": null}}"""),
        Put("update protocol is not allowed", Listeners + "/{{http}}", """{"listener": {"protocol": "TCP"}}"""),
        Put("update unknown default pool", Listeners + "/{{http}}",
            """{"listener": {"default_pool_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead"}}"""),
        Put("update bad timeout", Listeners + "/{{http}}", """{"listener": {"timeout_member_connect": -5}}"""),
        Get("show after updates", Listeners + "/{{http}}"),
        Get("list on the load balancer, sorted by port", Listeners + "?loadbalancer_id={{lb}}&sort=protocol_port:asc,protocol:asc")
            with { Ordered = true },
        Get("list by name", Listeners + "?name=http-2"),
        Get("list with fields", Listeners + "?loadbalancer_id={{lb}}&fields=name&fields=protocol_port&sort=protocol_port:desc,protocol:asc")
            with { Ordered = true },
        Get("lb shows its listeners", "/v2/lbaas/loadbalancers/{{lb}}"),
        Get("listener stats", Listeners + "/{{http}}/stats"),
        Get("unknown listener", Listeners + "/5b1c6a2e-1f0b-4c5e-9a41-00000000dead"),
        Get("non-UUID listener", Listeners + "/nope"),
        Delete("delete headers listener", Listeners + "/{{headers}}"),
        Get("deleted listener is gone", Listeners + "/{{headers}}"),
        Delete("lb delete with children", "/v2/lbaas/loadbalancers/{{lb}}"),
        Delete("lb delete with cascade", "/v2/lbaas/loadbalancers/{{lb}}?cascade=TRUE"),
        Get("lb gone after cascade", "/v2/lbaas/loadbalancers/{{lb}}"),
    ];

    private static string Body(string fields) => "{\"listener\": {\"loadbalancer_id\": \"{{lb}}\", " + fields + "}}";
}
