namespace Lbaas.Drivers.Noop.Faults;

/// <summary>Names each driver operation that fault-injection keys can target.</summary>
/// <remarks>The wire names (<see cref="NoopOperations.WireName"/>) are what flavor metadata lists.</remarks>
public enum NoopOperation
{
    /// <summary><c>create_load_balancer</c>.</summary>
    CreateLoadBalancer,

    /// <summary><c>update_load_balancer</c>.</summary>
    UpdateLoadBalancer,

    /// <summary><c>delete_load_balancer</c>.</summary>
    DeleteLoadBalancer,

    /// <summary><c>failover_load_balancer</c>.</summary>
    FailoverLoadBalancer,

    /// <summary><c>create_listener</c>.</summary>
    CreateListener,

    /// <summary><c>update_listener</c>.</summary>
    UpdateListener,

    /// <summary><c>delete_listener</c>.</summary>
    DeleteListener,

    /// <summary><c>create_pool</c>.</summary>
    CreatePool,

    /// <summary><c>update_pool</c>.</summary>
    UpdatePool,

    /// <summary><c>delete_pool</c>.</summary>
    DeletePool,

    /// <summary><c>create_member</c>.</summary>
    CreateMember,

    /// <summary><c>update_member</c>.</summary>
    UpdateMember,

    /// <summary><c>delete_member</c>.</summary>
    DeleteMember,

    /// <summary><c>batch_update_members</c>.</summary>
    BatchUpdateMembers,

    /// <summary><c>create_health_monitor</c>.</summary>
    CreateHealthMonitor,

    /// <summary><c>update_health_monitor</c>.</summary>
    UpdateHealthMonitor,

    /// <summary><c>delete_health_monitor</c>.</summary>
    DeleteHealthMonitor,

    /// <summary><c>create_l7_policy</c>.</summary>
    CreateL7Policy,

    /// <summary><c>update_l7_policy</c>.</summary>
    UpdateL7Policy,

    /// <summary><c>delete_l7_policy</c>.</summary>
    DeleteL7Policy,

    /// <summary><c>create_l7_rule</c>.</summary>
    CreateL7Rule,

    /// <summary><c>update_l7_rule</c>.</summary>
    UpdateL7Rule,

    /// <summary><c>delete_l7_rule</c>.</summary>
    DeleteL7Rule,

    /// <summary><c>failover_amphora</c>.</summary>
    FailoverAmphora,

    /// <summary><c>get_load_balancer_status</c>: the status query (<see cref="Lbaas.Sdk.V1.IStatusQuery"/>), which only
    /// <c>noop_fail</c> and <c>noop_unsupported</c> affect.</summary>
    GetLoadBalancerStatus,
}
