namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to a load balancer; fields left unset keep their value.</summary>
public sealed record UpdateLoadBalancerRequest
{
    /// <summary>Gets the load balancer as it is now.</summary>
    public required LoadBalancer Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new description; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new VIP QoS policy; a set <see langword="null"/> removes it.</summary>
    public Optional<Guid?> VipQosPolicyId { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The load balancer as it will be.</returns>
    public LoadBalancer Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        Description = Description.GetValueOrDefault(Current.Description),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        Vip = Current.Vip with { QosPolicyId = VipQosPolicyId.GetValueOrDefault(Current.Vip.QosPolicyId) },
    };
}
