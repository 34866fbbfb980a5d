using Lbaas.Drivers.Noop.Status;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Model;

/// <summary>Keeps the noop driver's in-memory model of every load balancer it serves.</summary>
/// <remarks>Thread-safe: one lock guards all states, which is plenty for a driver with no data plane.</remarks>
internal sealed class NoopModel
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, NoopLoadBalancerState> _loadBalancers = [];

    /// <summary>Returns the state of a load balancer, adding <paramref name="create"/>'s result when it is unknown.</summary>
    public NoopLoadBalancerState GetOrAdd(Guid loadBalancerId, Func<NoopLoadBalancerState> create)
    {
        lock (_gate)
        {
            if (!_loadBalancers.TryGetValue(loadBalancerId, out var state))
            {
                state = create();
                _loadBalancers.Add(loadBalancerId, state);
            }

            return state;
        }
    }

    public NoopLoadBalancerState? Find(Guid loadBalancerId)
    {
        lock (_gate)
        {
            return _loadBalancers.GetValueOrDefault(loadBalancerId);
        }
    }

    /// <summary>Finds the load balancer that holds an object.</summary>
    public Guid? FindOwner(StatusObjectKind kind, Guid id)
    {
        lock (_gate)
        {
            return _loadBalancers.Values.FirstOrDefault(s => s.Owns(kind, id))?.LoadBalancer.Id;
        }
    }

    public Guid? FindAmphoraOwner(Guid amphoraId)
    {
        lock (_gate)
        {
            return _loadBalancers.Values.FirstOrDefault(s => s.OwnsAmphora(amphoraId))?.LoadBalancer.Id;
        }
    }

    /// <summary>Runs <paramref name="read"/> on a state under the model's lock.</summary>
    public T Read<T>(NoopLoadBalancerState state, Func<NoopLoadBalancerState, T> read)
    {
        lock (_gate)
        {
            return read(state);
        }
    }

    /// <summary>Applies <paramref name="change"/> to a state under the model's lock.</summary>
    public void Apply(NoopLoadBalancerState state, Action<NoopLoadBalancerState> change)
    {
        lock (_gate)
        {
            change(state);
        }
    }

    public void Remove(Guid loadBalancerId)
    {
        lock (_gate)
        {
            _loadBalancers.Remove(loadBalancerId);
        }
    }

    public IReadOnlyList<Guid> ListenerIds()
    {
        lock (_gate)
        {
            return [.. _loadBalancers.Values.SelectMany(s => s.Listeners).Select(l => l.Id)];
        }
    }

    public IReadOnlyList<Amphora> Amphorae(Guid? loadBalancerId)
    {
        lock (_gate)
        {
            return [.. _loadBalancers.Values
                .Where(s => loadBalancerId is null || s.LoadBalancer.Id == loadBalancerId)
                .SelectMany(s => s.Amphorae)];
        }
    }
}
