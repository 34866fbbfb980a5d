using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps VIPs and additional VIPs between the C# contract and the wire.</summary>
public static class VipMapping
{
    /// <summary>Converts a VIP to its wire form.</summary>
    /// <param name="vip">The VIP.</param>
    /// <returns>The wire message.</returns>
    public static P.Vip ToProto(this Vip vip)
    {
        ArgumentNullException.ThrowIfNull(vip);
        var message = new P.Vip();
        if (vip.Address is not null) { message.Address = WireFormat.FromAddress(vip.Address); }
        if (vip.NetworkId is { } networkId) { message.NetworkId = WireFormat.FromId(networkId); }
        if (vip.SubnetId is { } subnetId) { message.SubnetId = WireFormat.FromId(subnetId); }
        if (vip.PortId is { } portId) { message.PortId = WireFormat.FromId(portId); }
        if (vip.QosPolicyId is { } qosPolicyId) { message.QosPolicyId = WireFormat.FromId(qosPolicyId); }
        return message;
    }

    /// <summary>Converts a wire VIP to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Vip ToContract(this P.Vip message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Vip
        {
            Address = WireFormat.ToNullableAddress(message.HasAddress, message.Address, "vip.address"),
            NetworkId = WireFormat.ToNullableId(message.HasNetworkId, message.NetworkId, "vip.network_id"),
            SubnetId = WireFormat.ToNullableId(message.HasSubnetId, message.SubnetId, "vip.subnet_id"),
            PortId = WireFormat.ToNullableId(message.HasPortId, message.PortId, "vip.port_id"),
            QosPolicyId = WireFormat.ToNullableId(message.HasQosPolicyId, message.QosPolicyId, "vip.qos_policy_id"),
        };
    }

    /// <summary>Converts an additional VIP to its wire form.</summary>
    /// <param name="vip">The additional VIP.</param>
    /// <returns>The wire message.</returns>
    public static P.AdditionalVip ToProto(this AdditionalVip vip)
    {
        ArgumentNullException.ThrowIfNull(vip);
        var message = new P.AdditionalVip { SubnetId = WireFormat.FromId(vip.SubnetId) };
        if (vip.Address is not null) { message.Address = WireFormat.FromAddress(vip.Address); }
        if (vip.NetworkId is { } networkId) { message.NetworkId = WireFormat.FromId(networkId); }
        if (vip.PortId is { } portId) { message.PortId = WireFormat.FromId(portId); }
        return message;
    }

    /// <summary>Converts a wire additional VIP to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static AdditionalVip ToContract(this P.AdditionalVip message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new AdditionalVip
        {
            SubnetId = WireFormat.ToId(message.SubnetId, "additional_vip.subnet_id"),
            Address = WireFormat.ToNullableAddress(message.HasAddress, message.Address, "additional_vip.address"),
            NetworkId = WireFormat.ToNullableId(message.HasNetworkId, message.NetworkId, "additional_vip.network_id"),
            PortId = WireFormat.ToNullableId(message.HasPortId, message.PortId, "additional_vip.port_id"),
        };
    }

    /// <summary>Converts a VIP port request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateVipPortRequest ToProto(this CreateVipPortRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateVipPortRequest
        {
            LoadBalancerId = WireFormat.FromId(request.LoadBalancerId),
            ProjectId = request.ProjectId,
            Vip = request.Vip.ToProto(),
            AdditionalVips = { request.AdditionalVips.Select(v => v.ToProto()) },
        };
    }

    /// <summary>Converts a wire VIP port request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateVipPortRequest ToContract(this P.CreateVipPortRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateVipPortRequest
        {
            LoadBalancerId = WireFormat.ToId(message.LoadBalancerId, "load_balancer_id"),
            ProjectId = message.ProjectId,
            Vip = WireFormat.Required(message.Vip, "vip").ToContract(),
            AdditionalVips = message.AdditionalVips.Select(v => v.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts a VIP port result to its wire form.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateVipPortResponse ToProto(this CreateVipPortResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new P.CreateVipPortResponse
        {
            Vip = result.Vip.ToProto(),
            AdditionalVips = { result.AdditionalVips.Select(v => v.ToProto()) },
            PortOwnedByHost = result.PortOwnedByHost,
        };
    }

    /// <summary>Converts a wire VIP port response to the contract result.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateVipPortResult ToContract(this P.CreateVipPortResponse message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateVipPortResult
        {
            Vip = WireFormat.Required(message.Vip, "vip").ToContract(),
            AdditionalVips = message.AdditionalVips.Select(v => v.ToContract()).ToArray(),
            PortOwnedByHost = message.PortOwnedByHost,
        };
    }
}
