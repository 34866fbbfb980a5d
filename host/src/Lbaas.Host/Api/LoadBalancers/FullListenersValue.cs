using System.Text.Json;
using Lbaas.Host.Api.L7Policies;
using Lbaas.Host.Api.L7Rules;
using Lbaas.Host.Api.Listeners;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Renders a new load balancer's listeners in full: policies and their rules inline, no <c>loadbalancers</c>.</summary>
/// <param name="Graph">The rows of the create.</param>
/// <param name="Index">Their relations.</param>
public sealed record FullListenersValue(LoadBalancerGraph Graph, RelationIndex Index) : IJsonValue
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var listener in Graph.Listeners)
        {
            ListenerSchema.Instance.WriteObject(writer, new ListenerView(listener, Index), (w, field) =>
            {
                switch (field)
                {
                    case "loadbalancers":
                        return true;
                    case "l7policies":
                        w.WritePropertyName(field);
                        w.WriteStartArray();
                        foreach (var policy in Graph.PoliciesOf(listener.Id))
                        {
                            L7PolicySchema.Instance.WriteObject(w, new L7PolicyView(policy, Index),
                                (pw, pf) => pf == "rules" && WriteRules(pw, policy.Id));
                        }

                        w.WriteEndArray();
                        return true;
                    default:
                        return false;
                }
            });
        }

        writer.WriteEndArray();
    }

    private bool WriteRules(Utf8JsonWriter writer, Guid policyId)
    {
        writer.WritePropertyName("rules");
        ListResponder.WriteArray(writer, L7RuleSchema.Instance, Graph.RulesOf(policyId));
        return true;
    }
}
