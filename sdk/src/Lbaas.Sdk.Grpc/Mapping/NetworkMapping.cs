using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps networks, subnets, ports and security groups between the C# contract and the wire.</summary>
public static class NetworkMapping
{
    /// <summary>Converts a network to its wire form.</summary>
    /// <param name="network">The network.</param>
    /// <returns>The wire message.</returns>
    public static P.Network ToProto(this Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var message = new P.Network
        {
            Id = WireFormat.FromId(network.Id),
            SubnetIds = { network.SubnetIds.Select(WireFormat.FromId) },
            Mtu = network.Mtu,
            Shared = network.Shared,
        };
        if (network.Name is not null) { message.Name = network.Name; }
        if (network.ProjectId is not null) { message.ProjectId = network.ProjectId; }
        return message;
    }

    /// <summary>Converts a wire network to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Network ToContract(this P.Network message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Network
        {
            Id = WireFormat.ToId(message.Id, "network.id"),
            Name = message.HasName ? message.Name : null,
            ProjectId = message.HasProjectId ? message.ProjectId : null,
            SubnetIds = message.SubnetIds.Select(s => WireFormat.ToId(s, "network.subnet_ids")).ToArray(),
            Mtu = message.HasMtu ? message.Mtu : 1500,
            Shared = message.Shared,
        };
    }

    /// <summary>Converts a subnet to its wire form.</summary>
    /// <param name="subnet">The subnet.</param>
    /// <returns>The wire message.</returns>
    public static P.Subnet ToProto(this Subnet subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        var message = new P.Subnet
        {
            Id = WireFormat.FromId(subnet.Id),
            NetworkId = WireFormat.FromId(subnet.NetworkId),
            Cidr = WireFormat.FromCidr(subnet.Cidr),
        };
        if (subnet.Name is not null) { message.Name = subnet.Name; }
        if (subnet.ProjectId is not null) { message.ProjectId = subnet.ProjectId; }
        if (subnet.GatewayIp is not null) { message.GatewayIp = WireFormat.FromAddress(subnet.GatewayIp); }
        return message;
    }

    /// <summary>Converts a wire subnet to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Subnet ToContract(this P.Subnet message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Subnet
        {
            Id = WireFormat.ToId(message.Id, "subnet.id"),
            Name = message.HasName ? message.Name : null,
            NetworkId = WireFormat.ToId(message.NetworkId, "subnet.network_id"),
            ProjectId = message.HasProjectId ? message.ProjectId : null,
            Cidr = WireFormat.ToCidr(message.Cidr, "subnet.cidr"),
            GatewayIp = WireFormat.ToNullableAddress(message.HasGatewayIp, message.GatewayIp, "subnet.gateway_ip"),
        };
    }

    /// <summary>Converts a fixed IP to its wire form.</summary>
    /// <param name="fixedIp">The fixed IP.</param>
    /// <returns>The wire message.</returns>
    public static P.FixedIp ToProto(this FixedIp fixedIp)
    {
        ArgumentNullException.ThrowIfNull(fixedIp);
        return new P.FixedIp
        {
            SubnetId = WireFormat.FromId(fixedIp.SubnetId),
            IpAddress = WireFormat.FromAddress(fixedIp.IpAddress),
        };
    }

    /// <summary>Converts a wire fixed IP to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static FixedIp ToContract(this P.FixedIp message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new FixedIp(
            WireFormat.ToId(message.SubnetId, "fixed_ip.subnet_id"),
            WireFormat.ToAddress(message.IpAddress, "fixed_ip.ip_address"));
    }

    /// <summary>Converts a port to its wire form.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The wire message.</returns>
    public static P.Port ToProto(this Port port)
    {
        ArgumentNullException.ThrowIfNull(port);
        var message = new P.Port
        {
            Id = WireFormat.FromId(port.Id),
            NetworkId = WireFormat.FromId(port.NetworkId),
            FixedIps = { port.FixedIps.Select(f => f.ToProto()) },
            SecurityGroupIds = { port.SecurityGroupIds.Select(WireFormat.FromId) },
            AdminStateUp = port.AdminStateUp,
        };
        if (port.Name is not null) { message.Name = port.Name; }
        if (port.ProjectId is not null) { message.ProjectId = port.ProjectId; }
        if (port.MacAddress is not null) { message.MacAddress = port.MacAddress; }
        if (port.DeviceOwner is not null) { message.DeviceOwner = port.DeviceOwner; }
        if (port.DeviceId is not null) { message.DeviceId = port.DeviceId; }
        return message;
    }

    /// <summary>Converts a wire port to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Port ToContract(this P.Port message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Port
        {
            Id = WireFormat.ToId(message.Id, "port.id"),
            Name = message.HasName ? message.Name : null,
            NetworkId = WireFormat.ToId(message.NetworkId, "port.network_id"),
            ProjectId = message.HasProjectId ? message.ProjectId : null,
            FixedIps = message.FixedIps.Select(f => f.ToContract()).ToArray(),
            MacAddress = message.HasMacAddress ? message.MacAddress : null,
            DeviceOwner = message.HasDeviceOwner ? message.DeviceOwner : null,
            DeviceId = message.HasDeviceId ? message.DeviceId : null,
            SecurityGroupIds = message.SecurityGroupIds.Select(s => WireFormat.ToId(s, "port.security_group_ids")).ToArray(),
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
        };
    }

    /// <summary>Converts a port creation request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreatePortRequest ToProto(this CreatePortRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new P.CreatePortRequest
        {
            NetworkId = WireFormat.FromId(request.NetworkId),
            SecurityGroupIds = { request.SecurityGroupIds.Select(WireFormat.FromId) },
        };
        if (request.SubnetId is { } subnetId) { message.SubnetId = WireFormat.FromId(subnetId); }
        if (request.IpAddress is not null) { message.IpAddress = WireFormat.FromAddress(request.IpAddress); }
        if (request.Name is not null) { message.Name = request.Name; }
        if (request.ProjectId is not null) { message.ProjectId = request.ProjectId; }
        if (request.DeviceOwner is not null) { message.DeviceOwner = request.DeviceOwner; }
        if (request.DeviceId is not null) { message.DeviceId = request.DeviceId; }
        if (request.QosPolicyId is { } qosPolicyId) { message.QosPolicyId = WireFormat.FromId(qosPolicyId); }
        return message;
    }

    /// <summary>Converts a wire port creation request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreatePortRequest ToContract(this P.CreatePortRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreatePortRequest
        {
            NetworkId = WireFormat.ToId(message.NetworkId, "network_id"),
            SubnetId = WireFormat.ToNullableId(message.HasSubnetId, message.SubnetId, "subnet_id"),
            IpAddress = WireFormat.ToNullableAddress(message.HasIpAddress, message.IpAddress, "ip_address"),
            Name = message.HasName ? message.Name : null,
            ProjectId = message.HasProjectId ? message.ProjectId : null,
            DeviceOwner = message.HasDeviceOwner ? message.DeviceOwner : null,
            DeviceId = message.HasDeviceId ? message.DeviceId : null,
            SecurityGroupIds = message.SecurityGroupIds.Select(s => WireFormat.ToId(s, "security_group_ids")).ToArray(),
            QosPolicyId = WireFormat.ToNullableId(message.HasQosPolicyId, message.QosPolicyId, "qos_policy_id"),
        };
    }

    /// <summary>Converts a security group to its wire form.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The wire message.</returns>
    public static P.SecurityGroup ToProto(this SecurityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var message = new P.SecurityGroup
        {
            Id = WireFormat.FromId(group.Id),
            Rules = { group.Rules.Select(r => r.ToProto()) },
        };
        if (group.Name is not null) { message.Name = group.Name; }
        if (group.ProjectId is not null) { message.ProjectId = group.ProjectId; }
        return message;
    }

    /// <summary>Converts a wire security group to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static SecurityGroup ToContract(this P.SecurityGroup message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new SecurityGroup
        {
            Id = WireFormat.ToId(message.Id, "security_group.id"),
            Name = message.HasName ? message.Name : null,
            ProjectId = message.HasProjectId ? message.ProjectId : null,
            Rules = message.Rules.Select(r => r.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts a security group rule to its wire form.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The wire message.</returns>
    public static P.SecurityGroupRule ToProto(this SecurityGroupRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var message = new P.SecurityGroupRule { Direction = rule.Direction };
        if (rule.Protocol is not null) { message.Protocol = rule.Protocol; }
        if (rule.PortRangeMin is { } portRangeMin) { message.PortRangeMin = portRangeMin; }
        if (rule.PortRangeMax is { } portRangeMax) { message.PortRangeMax = portRangeMax; }
        if (rule.RemoteIpPrefix is not null) { message.RemoteIpPrefix = rule.RemoteIpPrefix; }
        return message;
    }

    /// <summary>Converts a wire security group rule to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    public static SecurityGroupRule ToContract(this P.SecurityGroupRule message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new SecurityGroupRule
        {
            Direction = message.Direction,
            Protocol = message.HasProtocol ? message.Protocol : null,
            PortRangeMin = message.HasPortRangeMin ? message.PortRangeMin : null,
            PortRangeMax = message.HasPortRangeMax ? message.PortRangeMax : null,
            RemoteIpPrefix = message.HasRemoteIpPrefix ? message.RemoteIpPrefix : null,
        };
    }
}
