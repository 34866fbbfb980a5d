using System.Text.Json;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Renders a load balancer's status tree (listeners, their pools, monitors and members).</summary>
public static class StatusTreeWriter
{
    public static void Write(Utf8JsonWriter w, LoadBalancerGraph g)
    {
        var lb = g.LoadBalancer;
        w.WriteStartObject();
        w.WriteString("id", lb.Id);
        w.WriteString("name", lb.Name ?? "");
        w.WriteString("operating_status", lb.OperatingStatus);
        w.WriteString("provisioning_status", lb.ProvisioningStatus);
        w.WritePropertyName("listeners");
        w.WriteStartArray();
        foreach (var listener in g.Listeners)
        {
            w.WriteStartObject();
            w.WriteString("id", listener.Id);
            w.WriteString("name", listener.Name ?? "");
            w.WriteString("operating_status", listener.OperatingStatus);
            w.WriteString("provisioning_status", listener.ProvisioningStatus);
            w.WritePropertyName("pools");
            w.WriteStartArray();
            foreach (var poolId in g.PoolIdsOf(listener))
            {
                if (g.Pools.FirstOrDefault(p => p.Id == poolId) is not { } pool)
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("id", pool.Id);
                w.WriteString("name", pool.Name ?? "");
                w.WriteString("provisioning_status", pool.ProvisioningStatus);
                w.WriteString("operating_status", pool.OperatingStatus);
                if (g.HealthMonitorOf(pool.Id) is { } hm)
                {
                    w.WritePropertyName("health_monitor");
                    w.WriteStartObject();
                    w.WriteString("id", hm.Id);
                    w.WriteString("name", hm.Name ?? "");
                    w.WriteString("type", hm.Type);
                    w.WriteString("provisioning_status", hm.ProvisioningStatus);
                    w.WriteString("operating_status", hm.OperatingStatus);
                    w.WriteEndObject();
                }

                w.WritePropertyName("members");
                w.WriteStartArray();
                foreach (var m in g.MembersOf(pool.Id))
                {
                    w.WriteStartObject();
                    w.WriteString("id", m.Id);
                    w.WriteString("name", m.Name ?? "");
                    w.WriteString("operating_status", m.OperatingStatus);
                    w.WriteString("provisioning_status", m.ProvisioningStatus);
                    w.WriteString("address", m.Address);
                    w.WriteNumber("protocol_port", m.ProtocolPort);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
