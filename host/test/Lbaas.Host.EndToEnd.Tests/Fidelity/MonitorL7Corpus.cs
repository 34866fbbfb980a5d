using static Lbaas.Host.EndToEnd.Tests.Fidelity.FidelityStep;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Health monitors (types against pool protocols, HTTP fields, expected_codes, resets) and L7 policies and rules.</summary>
internal static class MonitorL7Corpus
{
    private const string Monitors = "/v2/lbaas/healthmonitors";
    private const string Policies = "/v2/lbaas/l7policies";
    private const string Rules = "/v2/lbaas/l7policies/{{policy}}/rules";
    private const string Dead = "5b1c6a2e-1f0b-4c5e-9a41-00000000dead";

    public static IEnumerable<FidelityStep> Steps =>
    [
        Post("lb create", "/v2/lbaas/loadbalancers",
            """{"loadbalancer": {"name": "fid-hm", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}"}}""") with { Capture = "lb" },
        Post("HTTP listener", "/v2/lbaas/listeners",
            """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "HTTP", "protocol_port": 80}}""") with { Capture = "http" },
        Post("HTTP pool", "/v2/lbaas/pools", """{"pool": {"loadbalancer_id": "{{lb}}", "protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}""")
            with { Capture = "pool" },
        Post("TCP pool", "/v2/lbaas/pools", """{"pool": {"loadbalancer_id": "{{lb}}", "protocol": "TCP", "lb_algorithm": "ROUND_ROBIN"}}""")
            with { Capture = "tcppool" },
        Post("UDP pool", "/v2/lbaas/pools", """{"pool": {"loadbalancer_id": "{{lb}}", "protocol": "UDP", "lb_algorithm": "ROUND_ROBIN"}}""")
            with { Capture = "udppool" },

        Post("HM: HTTP fields on TCP", Monitors, Hm("tcppool", "\"type\": \"TCP\", \"url_path\": \"/x\"")),
        Post("HM: UDP-CONNECT on a TCP pool", Monitors, Hm("tcppool", "\"type\": \"UDP-CONNECT\"")),
        Post("HM: HTTPS on a UDP pool", Monitors, Hm("udppool", "\"type\": \"HTTPS\"")),
        Post("HM: UDP-CONNECT delay 2", Monitors,
            """{"healthmonitor": {"pool_id": "{{udppool}}", "type": "UDP-CONNECT", "delay": 2, "timeout": 1, "max_retries": 3}}"""),
        Post("HM: max_retries 11", Monitors,
            """{"healthmonitor": {"pool_id": "{{pool}}", "type": "HTTP", "delay": 5, "timeout": 3, "max_retries": 11}}"""),
        Post("HM: missing delay", Monitors, """{"healthmonitor": {"pool_id": "{{pool}}", "type": "HTTP", "timeout": 3, "max_retries": 3}}"""),
        Post("HM: bad expected_codes", Monitors, Hm("pool", "\"type\": \"HTTP\", \"expected_codes\": \"20x\"")),
        Post("HM: domain_name without http_version", Monitors, Hm("pool", "\"type\": \"HTTP\", \"domain_name\": \"example.com\"")),
        Post("HM: timeout above delay is accepted", Monitors,
            """{"healthmonitor": {"pool_id": "{{tcppool}}", "type": "TCP", "delay": 1, "timeout": 10, "max_retries": 3}}""") with { Capture = "tcphm" },
        Post("HM: HTTP with a code range", Monitors,
            Hm("pool", "\"type\": \"HTTP\", \"expected_codes\": \"200-204\", \"http_method\": \"HEAD\", \"url_path\": \"/h\", \"http_version\": 1.1, \"domain_name\": \"example.com\", \"name\": \"hm\""))
            with { Capture = "hm" },
        Post("HM: second on the pool", Monitors, Hm("pool", "\"type\": \"HTTP\"")),
        Post("HM: UDP-CONNECT delay 3", Monitors,
            """{"healthmonitor": {"pool_id": "{{udppool}}", "type": "UDP-CONNECT", "delay": 3, "timeout": 1, "max_retries": 3}}"""),
        Post("HM: unknown pool", Monitors, """{"healthmonitor": {"pool_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead", "type": "TCP", "delay": 3, "timeout": 1, "max_retries": 3}}"""),
        Get("HM show", Monitors + "/{{hm}}"),
        Get("pool shows its monitor", "/v2/lbaas/pools/{{pool}}"),
        Put("HM update expected_codes list form", Monitors + "/{{hm}}", """{"healthmonitor": {"expected_codes": "200,202"}}"""),
        Put("HM update nulls reset", Monitors + "/{{hm}}",
            """{"healthmonitor": {"http_method": null, "url_path": null, "expected_codes": null, "max_retries_down": null}}"""),
        Put("HM update null delay", Monitors + "/{{hm}}", """{"healthmonitor": {"delay": null}}"""),
        Put("HM update type is not allowed", Monitors + "/{{hm}}", """{"healthmonitor": {"type": "TCP"}}"""),
        Put("HM update url_path on TCP", Monitors + "/{{tcphm}}", """{"healthmonitor": {"url_path": "/x"}}"""),
        Get("HM list on the pool", Monitors + "?pool_id={{pool}}"),
        Delete("HM delete", Monitors + "/{{tcphm}}"),
        Get("HM gone", Monitors + "/{{tcphm}}"),

        Post("L7: REJECT", Policies, Policy("\"action\": \"REJECT\", \"name\": \"rej\"")) with { Capture = "policy" },
        Post("L7: REDIRECT_TO_URL", Policies, Policy("\"action\": \"REDIRECT_TO_URL\", \"redirect_url\": \"http://example.com/\", \"position\": 1"))
            with { Capture = "url" },
        Post("L7: REDIRECT_TO_POOL", Policies, Policy("\"action\": \"REDIRECT_TO_POOL\", \"redirect_pool_id\": \"{{pool}}\"")) with { Capture = "topool" },
        Post("L7: REDIRECT_PREFIX with code", Policies,
            Policy("\"action\": \"REDIRECT_PREFIX\", \"redirect_prefix\": \"https://example.com\", \"redirect_http_code\": 308, \"position\": 2")),
        Post("L7: REDIRECT_TO_URL without url", Policies, Policy("\"action\": \"REDIRECT_TO_URL\"")),
        Post("L7: REDIRECT_TO_POOL without pool", Policies, Policy("\"action\": \"REDIRECT_TO_POOL\"")),
        Post("L7: redirect to an unknown pool", Policies, Policy($"\"action\": \"REDIRECT_TO_POOL\", \"redirect_pool_id\": \"{Dead}\"")),
        Post("L7: bad redirect url", Policies, Policy("\"action\": \"REDIRECT_TO_URL\", \"redirect_url\": \"not a url\"")),
        Post("L7: bad http code", Policies,
            Policy("\"action\": \"REDIRECT_TO_URL\", \"redirect_url\": \"http://example.com/\", \"redirect_http_code\": 305")),
        Post("L7: position 0", Policies, Policy("\"action\": \"REJECT\", \"position\": 0")),
        Post("L7: unknown listener", Policies, """{"l7policy": {"listener_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead", "action": "REJECT"}}"""),
        Get("L7: list sorted by position", Policies + "?listener_id={{http}}&sort=position:asc") with { Ordered = true },
        Put("L7: move REJECT to position 1", Policies + "/{{policy}}", """{"l7policy": {"position": 1}}"""),
        Get("L7: positions after the move", Policies + "?listener_id={{http}}&sort=position:asc&fields=id&fields=position") with { Ordered = true },
        Put("L7: REJECT clears redirects", Policies + "/{{url}}", """{"l7policy": {"action": "REJECT"}}"""),
        Get("L7: show after REJECT", Policies + "/{{url}}"),
        Get("listener shows its policies", "/v2/lbaas/listeners/{{http}}"),

        Post("rule: PATH STARTS_WITH", Rules, Rule("\"type\": \"PATH\", \"compare_type\": \"STARTS_WITH\", \"value\": \"/api\"")) with { Capture = "rule" },
        Post("rule: HEADER without key", Rules, Rule("\"type\": \"HEADER\", \"compare_type\": \"EQUAL_TO\", \"value\": \"x\"")),
        Post("rule: HEADER with key", Rules, Rule("\"type\": \"HEADER\", \"compare_type\": \"EQUAL_TO\", \"key\": \"X-A\", \"value\": \"x\", \"invert\": true")),
        Post("rule: bad regex", Rules, Rule("\"type\": \"PATH\", \"compare_type\": \"REGEX\", \"value\": \"[\""))
            with { Deviation = Deviations.RegexEngineText("Error parsing L7Rule: Unable to parse regular expression: Invalid pattern '[' at offset 1. Unterminated [] set.") },
        Post("rule: good regex", Rules, Rule("\"type\": \"PATH\", \"compare_type\": \"REGEX\", \"value\": \"^/a.*$\"")),
        Post("rule: FILE_TYPE CONTAINS", Rules, Rule("\"type\": \"FILE_TYPE\", \"compare_type\": \"CONTAINS\", \"value\": \"jpg\"")),
        Post("rule: SSL_CONN_HAS_CERT false", Rules, Rule("\"type\": \"SSL_CONN_HAS_CERT\", \"compare_type\": \"EQUAL_TO\", \"value\": \"false\"")),
        Post("rule: SSL_VERIFY_RESULT not a number", Rules, Rule("\"type\": \"SSL_VERIFY_RESULT\", \"compare_type\": \"EQUAL_TO\", \"value\": \"x\"")),
        Post("rule: SSL_DN_FIELD bad key", Rules, Rule("\"type\": \"SSL_DN_FIELD\", \"compare_type\": \"EQUAL_TO\", \"key\": \"1x\", \"value\": \"v\"")),
        Post("rule: value with a space", Rules, Rule("\"type\": \"PATH\", \"compare_type\": \"EQUAL_TO\", \"value\": \"a b\"")),
        Post("rule: unknown type", Rules, Rule("\"type\": \"BODY\", \"compare_type\": \"EQUAL_TO\", \"value\": \"x\""))
            with { Deviation = Deviations.EnumerationInDocumentedOrder("Invalid input for field/attribute type. Value: 'BODY'. Value should be one of: HOST_NAME, PATH, FILE_TYPE, HEADER, COOKIE, SSL_CONN_HAS_CERT, SSL_VERIFY_RESULT, SSL_DN_FIELD") },
        Post("rule: unknown policy", "/v2/lbaas/l7policies/" + Dead + "/rules", Rule("\"type\": \"PATH\", \"compare_type\": \"EQUAL_TO\", \"value\": \"/x\""))
            with { Deviation = Deviations.JsonFaultWhereUpstreamSendsText(404, "L7Policy <uuid> not found.") },
        Get("L7: unknown policy", Policies + "/" + Dead),
        Get("rule show", Rules + "/{{rule}}"),
        Put("rule update invert null resets", Rules + "/{{rule}}", """{"rule": {"invert": null, "value": "/b"}}"""),
        Put("rule update to COOKIE without key", Rules + "/{{rule}}", """{"rule": {"type": "COOKIE"}}"""),
        Get("rules sorted by value", Rules + "?sort=value:asc") with { Ordered = true },
        Get("policy shows its rules", Policies + "/{{policy}}"),
        Delete("rule delete", Rules + "/{{rule}}"),
        Get("rule gone", Rules + "/{{rule}}"),
        Delete("pool used by a policy", "/v2/lbaas/pools/{{pool}}"),
        Delete("policy delete", Policies + "/{{topool}}"),
        Delete("lb cascade", "/v2/lbaas/loadbalancers/{{lb}}?cascade=true"),
    ];

    private static string Hm(string pool, string fields) =>
        "{\"healthmonitor\": {\"pool_id\": \"{{" + pool + "}}\", \"delay\": 5, \"timeout\": 3, \"max_retries\": 3, " + fields + "}}";

    private static string Policy(string fields) => "{\"l7policy\": {\"listener_id\": \"{{http}}\", " + fields + "}}";

    private static string Rule(string fields) => "{\"rule\": {" + fields + "}}";
}
