using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps amphorae and their statistics between the C# contract and the wire.</summary>
public static class AmphoraMapping
{
    /// <summary>Converts an amphora to its wire form.</summary>
    /// <param name="amphora">The amphora.</param>
    /// <returns>The wire message.</returns>
    public static P.Amphora ToProto(this Amphora amphora)
    {
        ArgumentNullException.ThrowIfNull(amphora);
        var message = new P.Amphora { Id = WireFormat.FromId(amphora.Id), CertBusy = amphora.CertBusy, Status = amphora.Status };
        if (amphora.LoadBalancerId is { } loadBalancerId) { message.LoadBalancerId = WireFormat.FromId(loadBalancerId); }
        if (amphora.ComputeId is not null) { message.ComputeId = amphora.ComputeId; }
        if (amphora.LbNetworkIp is not null) { message.LbNetworkIp = WireFormat.FromAddress(amphora.LbNetworkIp); }
        if (amphora.VrrpIp is not null) { message.VrrpIp = WireFormat.FromAddress(amphora.VrrpIp); }
        if (amphora.HaIp is not null) { message.HaIp = WireFormat.FromAddress(amphora.HaIp); }
        if (amphora.VrrpPortId is { } vrrpPortId) { message.VrrpPortId = WireFormat.FromId(vrrpPortId); }
        if (amphora.HaPortId is { } haPortId) { message.HaPortId = WireFormat.FromId(haPortId); }
        if (amphora.CertExpiration is { } certExpiration) { message.CertExpiration = WireFormat.FromTimestamp(certExpiration); }
        if (amphora.Role is not null) { message.Role = amphora.Role; }
        if (amphora.VrrpInterface is not null) { message.VrrpInterface = amphora.VrrpInterface; }
        if (amphora.VrrpId is { } vrrpId) { message.VrrpId = vrrpId; }
        if (amphora.VrrpPriority is { } vrrpPriority) { message.VrrpPriority = vrrpPriority; }
        if (amphora.CachedZone is not null) { message.CachedZone = amphora.CachedZone; }
        if (amphora.ImageId is not null) { message.ImageId = amphora.ImageId; }
        if (amphora.ComputeFlavor is not null) { message.ComputeFlavor = amphora.ComputeFlavor; }
        if (amphora.CreatedAt is { } createdAt) { message.CreatedAt = WireFormat.FromTimestamp(createdAt); }
        if (amphora.UpdatedAt is { } updatedAt) { message.UpdatedAt = WireFormat.FromTimestamp(updatedAt); }
        return message;
    }

    /// <summary>Converts a wire amphora to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Amphora ToContract(this P.Amphora message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Amphora
        {
            Id = WireFormat.ToId(message.Id, "amphora.id"),
            LoadBalancerId = WireFormat.ToNullableId(message.HasLoadBalancerId, message.LoadBalancerId, "amphora.load_balancer_id"),
            ComputeId = message.HasComputeId ? message.ComputeId : null,
            LbNetworkIp = WireFormat.ToNullableAddress(message.HasLbNetworkIp, message.LbNetworkIp, "amphora.lb_network_ip"),
            VrrpIp = WireFormat.ToNullableAddress(message.HasVrrpIp, message.VrrpIp, "amphora.vrrp_ip"),
            HaIp = WireFormat.ToNullableAddress(message.HasHaIp, message.HaIp, "amphora.ha_ip"),
            VrrpPortId = WireFormat.ToNullableId(message.HasVrrpPortId, message.VrrpPortId, "amphora.vrrp_port_id"),
            HaPortId = WireFormat.ToNullableId(message.HasHaPortId, message.HaPortId, "amphora.ha_port_id"),
            CertExpiration = WireFormat.ToNullableTimestamp(message.HasCertExpiration, message.CertExpiration, "amphora.cert_expiration"),
            CertBusy = message.CertBusy,
            Role = message.HasRole ? message.Role : null,
            Status = message.Status,
            VrrpInterface = message.HasVrrpInterface ? message.VrrpInterface : null,
            VrrpId = message.HasVrrpId ? message.VrrpId : null,
            VrrpPriority = message.HasVrrpPriority ? message.VrrpPriority : null,
            CachedZone = message.HasCachedZone ? message.CachedZone : null,
            ImageId = message.HasImageId ? message.ImageId : null,
            ComputeFlavor = message.HasComputeFlavor ? message.ComputeFlavor : null,
            CreatedAt = WireFormat.ToNullableTimestamp(message.HasCreatedAt, message.CreatedAt, "amphora.created_at"),
            UpdatedAt = WireFormat.ToNullableTimestamp(message.HasUpdatedAt, message.UpdatedAt, "amphora.updated_at"),
        };
    }

    /// <summary>Converts amphora counters to their wire form.</summary>
    /// <param name="statistics">The counters.</param>
    /// <returns>The wire message.</returns>
    public static P.AmphoraStatistics ToProto(this AmphoraStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new P.AmphoraStatistics
        {
            AmphoraId = WireFormat.FromId(statistics.AmphoraId),
            LoadBalancerId = WireFormat.FromId(statistics.LoadBalancerId),
            ListenerId = WireFormat.FromId(statistics.ListenerId),
            Counters = statistics.Counters.ToProto(),
        };
    }

    /// <summary>Converts wire amphora counters to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static AmphoraStatistics ToContract(this P.AmphoraStatistics message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new AmphoraStatistics
        {
            AmphoraId = WireFormat.ToId(message.AmphoraId, "amphora_statistics.amphora_id"),
            LoadBalancerId = WireFormat.ToId(message.LoadBalancerId, "amphora_statistics.load_balancer_id"),
            ListenerId = WireFormat.ToId(message.ListenerId, "amphora_statistics.listener_id"),
            Counters = WireFormat.Required(message.Counters, "amphora_statistics.counters").ToContract(),
        };
    }
}
