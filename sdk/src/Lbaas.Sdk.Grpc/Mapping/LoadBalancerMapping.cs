using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps load balancers and their requests between the C# contract and the wire.</summary>
public static class LoadBalancerMapping
{
    /// <summary>Converts a load balancer with its tree to its wire form.</summary>
    /// <param name="loadBalancer">The load balancer.</param>
    /// <returns>The wire message.</returns>
    public static P.LoadBalancer ToProto(this LoadBalancer loadBalancer)
    {
        ArgumentNullException.ThrowIfNull(loadBalancer);
        var message = new P.LoadBalancer
        {
            Id = WireFormat.FromId(loadBalancer.Id),
            ProjectId = loadBalancer.ProjectId,
            AdminStateUp = loadBalancer.AdminStateUp,
            Vip = loadBalancer.Vip.ToProto(),
            AdditionalVips = { loadBalancer.AdditionalVips.Select(v => v.ToProto()) },
            Listeners = { loadBalancer.Listeners.Select(l => l.ToProto()) },
            Pools = { loadBalancer.Pools.Select(p => p.ToProto()) },
        };
        if (loadBalancer.Name is not null) { message.Name = loadBalancer.Name; }
        if (loadBalancer.Description is not null) { message.Description = loadBalancer.Description; }
        if (loadBalancer.AvailabilityZone is not null) { message.AvailabilityZone = loadBalancer.AvailabilityZone; }
        WireFormat.CopyMetadata(loadBalancer.Flavor, message.Flavor);
        WireFormat.CopyMetadata(loadBalancer.AvailabilityZoneMetadata, message.AvailabilityZoneMetadata);
        return message;
    }

    /// <summary>Converts a wire load balancer to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static LoadBalancer ToContract(this P.LoadBalancer message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new LoadBalancer
        {
            Id = WireFormat.ToId(message.Id, "load_balancer.id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            Description = message.HasDescription ? message.Description : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Vip = message.Vip?.ToContract() ?? new Vip(),
            AdditionalVips = message.AdditionalVips.Select(v => v.ToContract()).ToArray(),
            Flavor = WireFormat.ToMetadata(message.Flavor, "load_balancer.flavor"),
            AvailabilityZone = message.HasAvailabilityZone ? message.AvailabilityZone : null,
            AvailabilityZoneMetadata = WireFormat.ToMetadata(
                message.AvailabilityZoneMetadata, "load_balancer.availability_zone_metadata"),
            Listeners = message.Listeners.Select(l => l.ToContract()).ToArray(),
            Pools = message.Pools.Select(p => p.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts a create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateLoadBalancerRequest ToProto(this CreateLoadBalancerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateLoadBalancerRequest { LoadBalancer = request.LoadBalancer.ToProto() };
    }

    /// <summary>Converts a wire create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateLoadBalancerRequest ToContract(this P.CreateLoadBalancerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateLoadBalancerRequest
        {
            LoadBalancer = WireFormat.Required(message.LoadBalancer, "load_balancer").ToContract(),
        };
    }

    /// <summary>Converts a sparse update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateLoadBalancerRequest ToProto(this UpdateLoadBalancerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateLoadBalancerRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            Description = OptionalMapping.FromNullableString(request.Description),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            VipQosPolicyId = OptionalMapping.FromNullableId(request.VipQosPolicyId),
        };
    }

    /// <summary>Converts a wire sparse update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateLoadBalancerRequest ToContract(this P.UpdateLoadBalancerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateLoadBalancerRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            Description = OptionalMapping.ToNullableString(message.Description),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            VipQosPolicyId = OptionalMapping.ToNullableId(message.VipQosPolicyId, "vip_qos_policy_id"),
        };
    }

    /// <summary>Converts a delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteLoadBalancerRequest ToProto(this DeleteLoadBalancerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteLoadBalancerRequest { LoadBalancer = request.LoadBalancer.ToProto(), Cascade = request.Cascade };
    }

    /// <summary>Converts a wire delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteLoadBalancerRequest ToContract(this P.DeleteLoadBalancerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteLoadBalancerRequest
        {
            LoadBalancer = WireFormat.Required(message.LoadBalancer, "load_balancer").ToContract(),
            Cascade = message.Cascade,
        };
    }

    /// <summary>Converts a failover request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.FailoverLoadBalancerRequest ToProto(this FailoverLoadBalancerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.FailoverLoadBalancerRequest { LoadBalancer = request.LoadBalancer.ToProto() };
    }

    /// <summary>Converts a wire failover request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static FailoverLoadBalancerRequest ToContract(this P.FailoverLoadBalancerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new FailoverLoadBalancerRequest
        {
            LoadBalancer = WireFormat.Required(message.LoadBalancer, "load_balancer").ToContract(),
        };
    }

    /// <summary>Converts a status query to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.GetLoadBalancerStatusRequest ToProto(this GetLoadBalancerStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.GetLoadBalancerStatusRequest { LoadBalancerId = WireFormat.FromId(request.LoadBalancerId) };
    }

    /// <summary>Converts a wire status query to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static GetLoadBalancerStatusRequest ToContract(this P.GetLoadBalancerStatusRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new GetLoadBalancerStatusRequest { LoadBalancerId = WireFormat.ToId(message.LoadBalancerId, "load_balancer_id") };
    }
}
