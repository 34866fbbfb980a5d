using System.Text.Json;
using Lbaas.Host.Api.HealthMonitors;
using Lbaas.Host.Api.Members;
using Lbaas.Host.Api.Pools;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Renders a new load balancer's pools in full: members and health monitor inline, no <c>loadbalancers</c>.</summary>
/// <param name="Graph">The rows of the create.</param>
/// <param name="Index">Their relations.</param>
public sealed record FullPoolsValue(LoadBalancerGraph Graph, RelationIndex Index) : IJsonValue
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var pool in Graph.Pools)
        {
            PoolSchema.Instance.WriteObject(writer, new PoolView(pool, Index), (w, field) =>
            {
                switch (field)
                {
                    case "loadbalancers":
                        return true;
                    case "healthmonitor_id":
                        w.WritePropertyName("healthmonitor");
                        if (Graph.HealthMonitorOf(pool.Id) is { } monitor)
                        {
                            HealthMonitorSchema.Instance.WriteObject(w, monitor);
                        }
                        else
                        {
                            w.WriteNullValue();
                        }

                        return true;
                    case "members":
                        w.WritePropertyName(field);
                        ListResponder.WriteArray(w, MemberSchema.Instance, Graph.MembersOf(pool.Id));
                        return true;
                    default:
                        return false;
                }
            });
        }

        writer.WriteEndArray();
    }
}
