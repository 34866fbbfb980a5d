using static Lbaas.Host.EndToEnd.Tests.Fidelity.FidelityStep;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>List features (limit, marker, sort, fields, filters, bad parameters) and the path prefixes.</summary>
internal static class ListCorpus
{
    private const string Listeners = "/v2/lbaas/listeners";

    public static IEnumerable<FidelityStep> Steps =>
    [
        Post("lb create", "/v2/lbaas/loadbalancers",
            """{"loadbalancer": {"name": "fid-lists", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}"}}""") with { Capture = "lb" },
        Post("listener a", Listeners, """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "TCP", "protocol_port": 1, "name": "a"}}""") with { Capture = "a" },
        Post("listener b", Listeners, """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "TCP", "protocol_port": 2, "name": "b"}}""") with { Capture = "b" },
        Post("listener c", Listeners, """{"listener": {"loadbalancer_id": "{{lb}}", "protocol": "UDP", "protocol_port": 3, "name": "c"}}""") with { Capture = "c" },
        Get("first page of two, by name", Listeners + "?loadbalancer_id={{lb}}&sort=name:asc&limit=2")
            with { Ordered = true, Deviation = Deviations.SortEscapedInLinks },
        Get("page after a marker", Listeners + "?loadbalancer_id={{lb}}&sort=name:asc&limit=2&marker={{b}}")
            with { Ordered = true, Deviation = Deviations.SortEscapedInLinks },
        Get("descending by port, two fields", Listeners + "?loadbalancer_id={{lb}}&sort=protocol_port:desc&fields=name&fields=protocol_port")
            with { Ordered = true },
        Get("legacy sort_key and sort_dir", Listeners + "?loadbalancer_id={{lb}}&sort_key=name&sort_dir=desc&fields=name") with { Ordered = true },
        Get("filter by protocol", Listeners + "?loadbalancer_id={{lb}}&protocol=UDP"),
        Get("filter by admin_state_up", Listeners + "?loadbalancer_id={{lb}}&admin_state_up=true&sort=name:asc&fields=name") with { Ordered = true },
        Get("filter by id", Listeners + "?id={{a}}"),
        Get("no match", Listeners + "?loadbalancer_id={{lb}}&name=zzz"),
        Get("unknown filter", Listeners + "?bogus=1"),
        Get("limit -1 with rows", Listeners + "?loadbalancer_id={{lb}}&limit=-1") with { Deviation = Deviations.UnlimitedPage },
        Get("bad sort key", Listeners + "?sort=bogus:asc"),
        Get("bad limit", Listeners + "?limit=abc")
            with { Deviation = Deviations.JsonFaultWhereUpstreamSendsText(400, "Supplied pagination limit 'abc' is not valid.") },
        Get("unknown marker", Listeners + "?marker=5b1c6a2e-1f0b-4c5e-9a41-00000000dead"),
        Get("listener under /v2.0/lbaas", "/v2.0/lbaas/listeners/{{a}}"),
        Get("listeners under /v2 without lbaas", "/v2/listeners?loadbalancer_id={{lb}}&name=a"),
        Get("/v2 answers", "/v2") with { Deviation = Deviations.VersionDocument },
        Get("/v2.0 answers", "/v2.0") with { Deviation = Deviations.VersionDocument },
        Delete("lb cascade", "/v2/lbaas/loadbalancers/{{lb}}?cascade=true"),
    ];
}
