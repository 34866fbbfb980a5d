using System.Text.Json;
using Lbaas.Host.Api.HealthMonitors;
using Lbaas.Host.Api.L7Policies;
using Lbaas.Host.Api.L7Rules;
using Lbaas.Host.Api.Listeners;
using Lbaas.Host.Api.Members;
using Lbaas.Host.Api.Pools;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Holds the <c>listeners</c> and <c>pools</c> of a fully populated load balancer create.</summary>
/// <remarks>
/// Each child is read by its own resource's reader and checked by its own resource's checks; this class only resolves
/// pools by name (a reference with more than <c>name</c>, <c>admin_state_up</c> and <c>tls_enabled</c> is a full
/// definition moved to the top list, as Octavia does) and wires the rows together.
/// </remarks>
public sealed class LoadBalancerGraphInput
{
    private const string NamesRequired = "Pools must be named when creating a fully populated loadbalancer.";

    private static readonly string[] ReferenceKeys = ["name", "admin_state_up", "tls_enabled"];

    private static readonly string[] PoolFields =
        [.. PoolEndpoints.PostFields.Except(["loadbalancer_id", "listener_id", "project_id", "tenant_id"]), "healthmonitor", "members"];

    private static readonly string[] ListenerFields =
        [.. ListenerEndpoints.PostFields.Except(["loadbalancer_id", "project_id", "tenant_id"]), "default_pool", "l7policies"];

    private static readonly string[] MemberFields = [.. MemberEndpoints.PostFields.Except(["project_id", "tenant_id"])];

    private static readonly string[] MonitorFields = [.. HealthMonitorEndpoints.PostFields.Except(["pool_id", "project_id", "tenant_id"])];

    private static readonly string[] PolicyFields =
        [.. L7PolicyEndpoints.PostFields.Except(["listener_id", "project_id", "tenant_id"]), "redirect_pool", "rules"];

    private static readonly string[] RuleFields = [.. L7RuleEndpoints.PostFields.Except(["project_id", "tenant_id"])];

    private readonly List<PoolInput> _pools;
    private readonly List<ListenerInput> _listeners;
    private readonly ApiOptions _options;

    private LoadBalancerGraphInput(List<PoolInput> pools, List<ListenerInput> listeners, ApiOptions options)
    {
        _pools = pools;
        _listeners = listeners;
        _options = options;
    }

    /// <summary>Reads the graph part of the body; <see langword="null"/> when the request has no children or has errors.</summary>
    /// <param name="reader">The load balancer body.</param>
    /// <param name="errors">Collects every problem.</param>
    /// <param name="options">The API options (defaults of the children).</param>
    public static LoadBalancerGraphInput? Parse(FieldReader reader, List<string> errors, ApiOptions options)
    {
        var listenerBodies = reader.ObjectList("listeners") ?? [];
        var poolBodies = reader.ObjectList("pools") ?? [];
        if (listenerBodies.Count + poolBodies.Count == 0)
        {
            return null;
        }

        if (ResolvePoolDefinitions(listenerBodies, poolBodies) is { } problem)
        {
            errors.Add($"Validation failure: {problem}");
            return null;
        }

        var pools = poolBodies.Select(body => ReadPool(body, errors, options)).ToList();
        var listeners = listenerBodies.Select(body => ReadListener(body, errors, options)).ToList();
        return new LoadBalancerGraphInput(pools, listeners, options);
    }

    /// <summary>Moves full pool definitions found in listeners and policies to <paramref name="pools"/> and checks names and references.</summary>
    /// <returns>Octavia's validation detail, or <see langword="null"/> when the graph's pools are consistent.</returns>
    private static string? ResolvePoolDefinitions(List<JsonElement> listeners, List<JsonElement> pools)
    {
        var required = new List<string>();
        foreach (var listener in listeners.Where(l => l.ValueKind == JsonValueKind.Object))
        {
            var references = new List<JsonElement>();
            if (Present(listener, "default_pool") is { } defaultPool)
            {
                references.Add(defaultPool);
            }

            if (Present(listener, "l7policies") is { ValueKind: JsonValueKind.Array } policies)
            {
                references.AddRange(policies.EnumerateArray().Select(p => Present(p, "redirect_pool")).OfType<JsonElement>());
            }

            foreach (var reference in references)
            {
                if (reference.ValueKind != JsonValueKind.Object || NameOf(reference) is not { Length: > 0 } name)
                {
                    return NamesRequired;
                }

                if (reference.EnumerateObject().Any(p => !ReferenceKeys.Contains(p.Name)))
                {
                    pools.Add(reference);
                }
                else
                {
                    required.Add(name);
                }
            }
        }

        var names = pools.Select(NameOf).ToList();
        if (names.Distinct().Count() != names.Count)
        {
            return "Pool names must be unique when creating a fully populated loadbalancer.";
        }

        if (required.FirstOrDefault(r => !names.Contains(r)) is { } missing)
        {
            return $"Pool '{missing}' was referenced but no full definition was found.";
        }

        foreach (var pool in pools)
        {
            foreach (var attribute in (string[])["protocol", "lb_algorithm"])
            {
                if (Present(pool, attribute) is null)
                {
                    return $"Pool definition for '{NameOf(pool)}' missing required attribute: {attribute}";
                }
            }
        }

        return null;
    }

    private static JsonElement? Present(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? NameOf(JsonElement obj) => Present(obj, "name") is { ValueKind: JsonValueKind.String } name ? name.GetString() : null;

    private static PoolInput ReadPool(JsonElement body, List<string> errors, ApiOptions options)
    {
        var r = new FieldReader(body, "pool", PoolFields, errors);
        var (pool, _, _) = PoolEndpoints.ReadCreate(r, options);
        HealthMonitorEntity? monitor = null;
        if (Present(body, "healthmonitor") is { } monitorBody)
        {
            monitor = HealthMonitorEndpoints.ReadCreate(new FieldReader(monitorBody, "healthmonitor", MonitorFields, errors)).Monitor;
        }

        var members = (r.ObjectList("members") ?? [])
            .Select(m => MemberEndpoints.ReadCreate(new FieldReader(m, "members", MemberFields, errors))).ToList();
        return new PoolInput(NameOf(body), pool, monitor, members);
    }

    private static ListenerInput ReadListener(JsonElement body, List<string> errors, ApiOptions options)
    {
        var r = new FieldReader(body, "listener", ListenerFields, errors);
        var (listener, _) = ListenerEndpoints.ReadCreate(r, options, requireLoadBalancer: false);
        var policies = new List<PolicyInput>();
        foreach (var policyBody in r.ObjectList("l7policies") ?? [])
        {
            var pr = new FieldReader(policyBody, "l7policy", PolicyFields, errors);
            var (policy, _, position) = L7PolicyEndpoints.ReadCreate(pr);
            var rules = (pr.ObjectList("rules") ?? [])
                .Select(rule => L7RuleEndpoints.ReadCreate(new FieldReader(rule, "rule", RuleFields, errors))).ToList();
            policies.Add(new PolicyInput(policy, position, Present(policyBody, "redirect_pool") is { } rp ? NameOf(rp) : null, rules));
        }

        return new ListenerInput(listener, Present(body, "default_pool") is { } dp ? NameOf(dp) : null, policies);
    }

    /// <summary>Runs every per-resource check against the new load balancer and builds its rows, all PENDING_CREATE.</summary>
    /// <param name="loadBalancer">The new load balancer (id, project and creation time set).</param>
    /// <param name="network">The network catalog, when present (member subnets).</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <exception cref="ApiException">A child fails its resource's checks (400, 404 or 409 with that resource's text).</exception>
    public async Task<LoadBalancerGraphBuild> BuildAsync(LoadBalancerEntity loadBalancer, INetworkClient? network,
        CancellationToken cancellationToken)
    {
        var graph = LoadBalancerGraph.Of(loadBalancer);
        var poolsByName = new Dictionary<string, PoolEntity>(StringComparer.Ordinal);
        foreach (var input in _pools)
        {
            var pool = Own(input.Pool, loadBalancer);
            PoolEndpoints.CheckOptions(pool);
            graph.Pools.Add(pool);
            if (input.Name is { } name)
            {
                poolsByName[name] = pool;
            }

            if (input.Monitor is { } monitor)
            {
                Own(monitor, loadBalancer).PoolId = pool.Id;
                HealthMonitorEndpoints.CheckOptions(monitor, pool.Protocol, creating: true);
                graph.HealthMonitors.Add(monitor);
            }

            foreach (var member in input.Members)
            {
                Own(member, loadBalancer).PoolId = pool.Id;
                await MemberEndpoints.CheckAddressAsync(member, _options, network, cancellationToken);
                MemberEndpoints.CheckUnique(member, graph.MembersOf(pool.Id));
                member.OperatingStatus = input.Monitor is null ? OperatingStatuses.NoMonitor : OperatingStatuses.Offline;
                graph.Members.Add(member);
            }
        }

        foreach (var input in _listeners)
        {
            var listener = Own(input.Listener, loadBalancer);
            ListenerEndpoints.CheckOptions(listener);
            ListenerEndpoints.CheckPortFree(listener, graph.Listeners);
            if (listener.DefaultPoolId is { } givenId)
            {
                // The load balancer is new: no pool can have an id yet.
                throw ApiException.NotFound(ResourceNames.Pool, givenId);
            }

            if (input.DefaultPoolName is { } poolName)
            {
                var pool = poolsByName[poolName];
                ProtocolRules.CheckPoolFitsListener(listener.Protocol, pool.Protocol);
                listener.DefaultPoolId = pool.Id;
            }

            graph.Listeners.Add(listener);
            var siblings = new List<L7PolicyEntity>();
            foreach (var policyInput in input.Policies)
            {
                var policy = Own(policyInput.Policy, loadBalancer);
                policy.ListenerId = listener.Id;
                if (policyInput.RedirectPoolName is { } redirectName)
                {
                    policy.RedirectPoolId = poolsByName[redirectName].Id;
                }

                L7PolicyEndpoints.Sanitize(policy);
                L7PolicyEndpoints.CheckAgainst(policy, listener, graph.Pools);
                L7PolicyEndpoints.Renumber(siblings, policy, policyInput.Position);
                if (policyInput.Rules.Count > L7RuleEndpoints.MaxRulesPerPolicy)
                {
                    throw ApiException.Conflict($"Too many rules on L7 policy {policy.Id}");
                }

                foreach (var rule in policyInput.Rules)
                {
                    Own(rule, loadBalancer).L7PolicyId = policy.Id;
                    L7RuleValidator.Check(rule);
                    graph.L7Rules.Add(rule);
                }
            }

            graph.L7Policies.AddRange(siblings);
        }

        return new LoadBalancerGraphBuild(graph);
    }

    /// <summary>Gives a child row its id, owner, load balancer and creation time.</summary>
    private static T Own<T>(T row, LoadBalancerEntity loadBalancer)
        where T : ProvisionedEntity
    {
        row.Id = Guid.NewGuid();
        row.ProjectId = loadBalancer.ProjectId;
        row.CreatedAt = loadBalancer.CreatedAt;
        row.ProvisioningStatus = ProvisioningStatuses.PendingCreate;
        switch (row)
        {
            case ListenerEntity l:
                l.LoadBalancerId = loadBalancer.Id;
                break;
            case PoolEntity p:
                p.LoadBalancerId = loadBalancer.Id;
                break;
            case MemberEntity m:
                m.LoadBalancerId = loadBalancer.Id;
                break;
            case HealthMonitorEntity h:
                h.LoadBalancerId = loadBalancer.Id;
                break;
            case L7PolicyEntity p:
                p.LoadBalancerId = loadBalancer.Id;
                break;
            case L7RuleEntity r:
                r.LoadBalancerId = loadBalancer.Id;
                break;
        }

        return row;
    }

    private sealed record PoolInput(string? Name, PoolEntity Pool, HealthMonitorEntity? Monitor, List<MemberEntity> Members);

    private sealed record ListenerInput(ListenerEntity Listener, string? DefaultPoolName, List<PolicyInput> Policies);

    private sealed record PolicyInput(L7PolicyEntity Policy, int? Position, string? RedirectPoolName, List<L7RuleEntity> Rules);
}
