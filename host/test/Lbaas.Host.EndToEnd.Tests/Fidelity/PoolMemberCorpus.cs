using static Lbaas.Host.EndToEnd.Tests.Fidelity.FidelityStep;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Pools (protocol map, session persistence, parents) and members (reserved address, duplicates, weight, batch).</summary>
internal static class PoolMemberCorpus
{
    private const string Pools = "/v2/lbaas/pools";
    private const string Members = "/v2/lbaas/pools/{{pool}}/members";
    private const string Dead = "5b1c6a2e-1f0b-4c5e-9a41-00000000dead";

    public static IEnumerable<FidelityStep> Steps =>
    [
        Post("lb create", "/v2/lbaas/loadbalancers",
            """{"loadbalancer": {"name": "fid-pools", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}"}}""") with { Capture = "lb" },
        Post("HTTP listener", "/v2/lbaas/listeners",
            """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "HTTP", "protocol_port": 80}}""") with { Capture = "http" },
        Post("UDP listener", "/v2/lbaas/listeners",
            """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "UDP", "protocol_port": 53}}""") with { Capture = "udp" },
        Post("pool on the load balancer", Pools, LbPool("\"protocol\": \"HTTP\", \"lb_algorithm\": \"ROUND_ROBIN\", \"name\": \"p1\"")) with { Capture = "pool" },
        Post("pool as the listener's default", Pools,
            """{"pool": {"listener_id": "{{http}}", "protocol": "HTTP", "lb_algorithm": "LEAST_CONNECTIONS"}}""") with { Capture = "default" },
        Post("second default pool on the listener", Pools,
            """{"pool": {"listener_id": "{{http}}", "protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}"""),
        Post("TCP pool on an HTTP listener", Pools,
            """{"pool": {"listener_id": "{{http}}", "protocol": "TCP", "lb_algorithm": "ROUND_ROBIN"}}"""),
        Post("UDP pool on the UDP listener with SOURCE_IP persistence", Pools,
            """{"pool": {"listener_id": "{{udp}}", "protocol": "UDP", "lb_algorithm": "SOURCE_IP", "session_persistence": {"type": "SOURCE_IP", "persistence_timeout": 60, "persistence_granularity": "255.255.255.0"}}}""")
            with { Capture = "udppool" },
        Post("no parent", Pools, """{"pool": {"protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}"""),
        Post("unknown listener", Pools, """{"pool": {"listener_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead", "protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}""")
            with { Deviation = Deviations.ClientErrorWhereUpstreamFails(404, "Listener <uuid> not found.") },
        Post("unknown load balancer", Pools, """{"pool": {"loadbalancer_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead", "protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}"""),
        Post("unknown algorithm", Pools, LbPool("\"protocol\": \"HTTP\", \"lb_algorithm\": \"RANDOM\""))
            with { Deviation = Deviations.EnumerationInDocumentedOrder(
                "Invalid input for field/attribute lb_algorithm. Value: 'RANDOM'. Value should be one of: ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP, SOURCE_IP_PORT") },
        Post("missing lb_algorithm", Pools, LbPool("\"protocol\": \"HTTP\"")),
        Post("APP_COOKIE without cookie_name", Pools,
            LbPool("\"protocol\": \"HTTP\", \"lb_algorithm\": \"ROUND_ROBIN\", \"session_persistence\": {\"type\": \"APP_COOKIE\"}")),
        Post("HTTP_COOKIE with cookie_name", Pools,
            LbPool("\"protocol\": \"HTTP\", \"lb_algorithm\": \"ROUND_ROBIN\", \"session_persistence\": {\"type\": \"HTTP_COOKIE\", \"cookie_name\": \"c\"}")),
        Post("persistence timeout on an HTTP pool", Pools,
            LbPool("\"protocol\": \"HTTP\", \"lb_algorithm\": \"ROUND_ROBIN\", \"session_persistence\": {\"type\": \"SOURCE_IP\", \"persistence_timeout\": 5}")),
        Post("APP_COOKIE with cookie_name", Pools,
            LbPool("\"protocol\": \"PROXY\", \"lb_algorithm\": \"SOURCE_IP\", \"name\": \"p2\", \"session_persistence\": {\"type\": \"APP_COOKIE\", \"cookie_name\": \"sid\"}"))
            with { Capture = "proxypool" },
        Get("show pool", Pools + "/{{pool}}"),
        Get("show default pool", Pools + "/{{default}}"),
        Get("listener names its default pool", "/v2/lbaas/listeners/{{http}}"),
        Put("update pool name and algorithm", Pools + "/{{pool}}", """{"pool": {"name": "p1b", "lb_algorithm": "SOURCE_IP"}}"""),
        Put("update pool removes persistence", Pools + "/{{proxypool}}", """{"pool": {"session_persistence": null}}"""),
        Put("update pool protocol is not allowed", Pools + "/{{pool}}", """{"pool": {"protocol": "TCP"}}"""),
        Get("pools of the load balancer", Pools + "?loadbalancer_id={{lb}}"),
        Get("unknown pool", Pools + "/" + Dead),

        Post("member", Members, """{"member": {"address": "192.0.2.10", "protocol_port": 8080}}""") with { Capture = "m1" },
        Post("member with every field", Members,
            """{"member": {"address": "192.0.2.11", "protocol_port": 8080, "name": "m2", "weight": 0, "backup": true, "admin_state_up": false, "monitor_address": "192.0.2.99", "monitor_port": 9000, "tags": ["t"], "subnet_id": "{{subnet}}"}}""")
            with { Capture = "m2" },
        Post("duplicate member", Members, """{"member": {"address": "192.0.2.10", "protocol_port": 8080}}"""),
        Post("reserved address", Members, """{"member": {"address": "169.254.169.254", "protocol_port": 80}}"""),
        Post("weight 257", Members, """{"member": {"address": "192.0.2.12", "protocol_port": 80, "weight": 257}}"""),
        Post("weight -1", Members, """{"member": {"address": "192.0.2.12", "protocol_port": 80, "weight": -1}}"""),
        Post("bad address", Members, """{"member": {"address": "192.0.2.300", "protocol_port": 80}}"""),
        Post("missing address", Members, """{"member": {"protocol_port": 80}}"""),
        Post("unknown attribute", Members, """{"member": {"address": "192.0.2.12", "protocol_port": 80, "bogus": 1}}"""),
        Get("show member", Members + "/{{m1}}"),
        Get("show member under /v2", "/v2/pools/{{pool}}/members/{{m1}}"),
        Put("update member weight and backup", Members + "/{{m1}}", """{"member": {"weight": 5, "backup": true, "name": "m1"}}"""),
        Put("update member nulls reset weight and backup", Members + "/{{m1}}", """{"member": {"weight": null, "backup": null}}"""),
        Put("update member address is not allowed", Members + "/{{m1}}", """{"member": {"address": "192.0.2.50"}}"""),
        Get("member list sorted by address", Members + "?sort=address:asc") with { Ordered = true },
        Get("member list by name", Members + "?name=m2"),
        Get("member list with fields", Members + "?fields=address&fields=weight&sort=address:desc") with { Ordered = true },
        Post("unknown subnet (on another pool, so upstream's extra member stays out of the lists)", Pools + "/{{proxypool}}/members",
            """{"member": {"address": "192.0.2.12", "protocol_port": 80, "subnet_id": "5b1c6a2e-1f0b-4c5e-9a41-00000000dead"}}""")
            with { Deviation = Deviations.SubnetChecked("Subnet <uuid> not found.") },
        Get("member of another pool", Pools + "/{{proxypool}}/members/{{m1}}"),
        Get("members of an unknown pool", Pools + "/" + Dead + "/members")
            with { Deviation = Deviations.JsonFaultWhereUpstreamSendsText(404, "Pool <uuid> not found.") },
        Put("batch: keep m1 with defaults, add one, drop m2", Members,
            """{"members": [{"address": "192.0.2.10", "protocol_port": 8080}, {"address": "192.0.2.20", "protocol_port": 80, "name": "new"}]}"""),
        Get("members after the batch", Members + "?sort=address:asc") with { Ordered = true },
        Put("batch additive_only adds", Members + "?additive_only=True", """{"members": [{"address": "192.0.2.30", "protocol_port": 80}]}"""),
        Get("members after the additive batch", Members + "?sort=address:asc&fields=address&fields=protocol_port") with { Ordered = true },
        Put("batch with a reserved address", Members, """{"members": [{"address": "169.254.169.254", "protocol_port": 80}]}"""),
        Delete("delete member", Members + "/{{m1}}"),
        Get("deleted member is gone", Members + "/{{m1}}"),
        Delete("delete unknown member", Members + "/" + Dead),
        Delete("delete default pool", Pools + "/{{default}}"),
        Get("listener after its default pool went", "/v2/lbaas/listeners/{{http}}"),
        Delete("lb cascade", "/v2/lbaas/loadbalancers/{{lb}}?cascade=true"),
    ];

    private static string LbPool(string fields) => "{\"pool\": {\"loadbalancer_id\": \"{{lb}}\", " + fields + "}}";
}
