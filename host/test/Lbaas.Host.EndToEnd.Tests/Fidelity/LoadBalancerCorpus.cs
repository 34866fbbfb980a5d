using static Lbaas.Host.EndToEnd.Tests.Fidelity.FidelityStep;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Load balancers, routing prefixes and the version document.</summary>
internal static class LoadBalancerCorpus
{
    private const string Lbs = "/v2/lbaas/loadbalancers";

    public static IEnumerable<FidelityStep> Steps =>
    [
        Get("root document", "/"),
        Post("lb create", Lbs, """{"loadbalancer": {"name": "fid-lb", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}"}}""")
            with { Capture = "lb" },
        Get("lb show", Lbs + "/{{lb}}"),
        Get("lb show under /v2 without lbaas", "/v2/loadbalancers/{{lb}}"),
        Get("lb show under /v2.0/lbaas", "/v2.0/lbaas/loadbalancers/{{lb}}"),
        Get("lb show under /v2.0 without lbaas", "/v2.0/loadbalancers/{{lb}}"),
        Get("lb list by name", Lbs + "?name=fid-lb"),
        Get("lb list by name, two fields", Lbs + "?name=fid-lb&fields=id&fields=name"),
        Get("lb status tree", Lbs + "/{{lb}}/status"),
        Get("lb stats", Lbs + "/{{lb}}/stats"),
        Put("lb update name and description", Lbs + "/{{lb}}", """{"loadbalancer": {"name": "fid-lb-2", "description": "d"}}"""),
        Put("lb update null name renders empty", Lbs + "/{{lb}}", """{"loadbalancer": {"name": null}}"""),
        Put("lb update admin_state_up false", Lbs + "/{{lb}}", """{"loadbalancer": {"admin_state_up": false}}"""),
        Put("lb update a create-only attribute", Lbs + "/{{lb}}", """{"loadbalancer": {"vip_subnet_id": "{{subnet}}"}}"""),
        Put("lb update unknown attribute", Lbs + "/{{lb}}", """{"loadbalancer": {"bogus": 1}}"""),
        Put("lb update admin_state_up not a boolean", Lbs + "/{{lb}}", """{"loadbalancer": {"admin_state_up": "maybe"}}""")
            with { Deviation = Deviations.TypeErrorNamesTheField("Invalid input for field/attribute admin_state_up. Value: 'maybe'. Value should be boolean") },
        Put("lb update name too long", Lbs + "/{{lb}}", "{\"loadbalancer\": {\"name\": \"" + new string('n', 256) + "\"}}"),
        Get("lb show after updates", Lbs + "/{{lb}}"),
        Post("lb create without a VIP", Lbs, """{"loadbalancer": {"name": "fid-novip", "project_id": "{{project}}"}}"""),
        Post("lb create with an unknown attribute", Lbs,
            """{"loadbalancer": {"name": "fid-x", "vip_subnet_id": "{{subnet}}", "project_id": "{{project}}", "bogus": 1}}"""),
        Post("lb create with a bad admin_state_up", Lbs,
            """{"loadbalancer": {"vip_subnet_id": "{{subnet}}", "project_id": "{{project}}", "admin_state_up": "maybe"}}""")
            with { Deviation = Deviations.TypeErrorNamesTheField("Invalid input for field/attribute admin_state_up. Value: 'maybe'. Value should be boolean") },
        Post("lb create with a non-UUID subnet", Lbs,
            """{"loadbalancer": {"vip_subnet_id": "not-a-uuid", "project_id": "{{project}}"}}"""),
        Post("lb create with a bad VIP address", Lbs,
            """{"loadbalancer": {"vip_subnet_id": "{{subnet}}", "vip_address": "300.1.1.1", "project_id": "{{project}}"}}"""),
        Post("lb create with no envelope", Lbs, """{"name": "fid-x"}""")
            with { Deviation = Deviations.MissingEnvelope("Invalid input for field/attribute loadbalancer. Value: 'None'. Mandatory field missing.") },
        Get("lb unknown id", Lbs + "/5b1c6a2e-1f0b-4c5e-9a41-00000000dead"),
        Get("lb non-UUID id", Lbs + "/not-a-uuid"),
        Put("lb update unknown id", Lbs + "/5b1c6a2e-1f0b-4c5e-9a41-00000000dead", """{"loadbalancer": {"name": "x"}}"""),
        Delete("lb delete unknown id", Lbs + "/5b1c6a2e-1f0b-4c5e-9a41-00000000dead"),
        Delete("lb delete", Lbs + "/{{lb}}"),
        Get("lb show after delete", Lbs + "/{{lb}}"),
    ];
}
