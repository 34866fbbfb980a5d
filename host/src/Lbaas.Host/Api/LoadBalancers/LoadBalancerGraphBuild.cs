using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Holds the rows of a fully populated create, ready to insert, journal, send and render.</summary>
/// <param name="graph">The new load balancer with every child row, all PENDING_CREATE.</param>
public sealed class LoadBalancerGraphBuild(LoadBalancerGraph graph)
{
    /// <summary>Gets what the create takes from the project's quotas, per kind.</summary>
    public QuotaDemand Demand { get; } = new()
    {
        LoadBalancers = 1,
        Listeners = graph.Listeners.Count,
        Pools = graph.Pools.Count,
        HealthMonitors = graph.HealthMonitors.Count,
        Members = graph.Members.Count,
        L7Policies = graph.L7Policies.Count,
        L7Rules = graph.L7Rules.Count,
    };

    /// <summary>Adds the child rows to the request's context (the load balancer row is added by the caller).</summary>
    public void AddTo(LbaasDbContext db)
    {
        db.Pools.AddRange(graph.Pools);
        db.HealthMonitors.AddRange(graph.HealthMonitors);
        db.Members.AddRange(graph.Members);
        db.Listeners.AddRange(graph.Listeners);
        db.L7Policies.AddRange(graph.L7Policies);
        db.L7Rules.AddRange(graph.L7Rules);
    }

    /// <summary>Records the child rows, parents first, so a rollback removes children before their parents.</summary>
    public void Journal(MutationJournal journal)
    {
        Record<PoolEntity>(journal, graph.Pools);
        Record<HealthMonitorEntity>(journal, graph.HealthMonitors);
        Record<MemberEntity>(journal, graph.Members);
        Record<ListenerEntity>(journal, graph.Listeners);
        Record<L7PolicyEntity>(journal, graph.L7Policies);
        Record<L7RuleEntity>(journal, graph.L7Rules);
    }

    /// <summary>Builds the provider object carrying the whole tree, for the one driver call.</summary>
    public LoadBalancer ToModel() => ProviderModelMapper.ToModel(graph);

    /// <summary>Renders the load balancer with its children in full, as Octavia answers a fully populated create.</summary>
    public LoadBalancerView View()
    {
        var index = RelationIndex.Of(graph);
        return new LoadBalancerView(graph.LoadBalancer, new FullListenersValue(graph, index), new FullPoolsValue(graph, index));
    }

    private static void Record<T>(MutationJournal journal, IEnumerable<T> rows)
        where T : ProvisionedEntity
    {
        foreach (var row in rows)
        {
            journal.Created<T>(row.Id);
        }
    }
}
