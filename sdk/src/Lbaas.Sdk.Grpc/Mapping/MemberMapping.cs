using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps members and their requests between the C# contract and the wire.</summary>
public static class MemberMapping
{
    /// <summary>Converts a member to its wire form.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The wire message.</returns>
    public static P.Member ToProto(this Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var message = new P.Member
        {
            Id = WireFormat.FromId(member.Id),
            PoolId = WireFormat.FromId(member.PoolId),
            ProjectId = member.ProjectId,
            AdminStateUp = member.AdminStateUp,
            Address = WireFormat.FromAddress(member.Address),
            ProtocolPort = member.ProtocolPort,
            Weight = member.Weight,
            Backup = member.Backup,
        };
        if (member.Name is not null) { message.Name = member.Name; }
        if (member.SubnetId is { } subnetId) { message.SubnetId = WireFormat.FromId(subnetId); }
        if (member.MonitorAddress is not null) { message.MonitorAddress = WireFormat.FromAddress(member.MonitorAddress); }
        if (member.MonitorPort is { } monitorPort) { message.MonitorPort = monitorPort; }
        return message;
    }

    /// <summary>Converts a wire member to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Member ToContract(this P.Member message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Member
        {
            Id = WireFormat.ToId(message.Id, "member.id"),
            PoolId = WireFormat.ToId(message.PoolId, "member.pool_id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Address = WireFormat.ToAddress(message.Address, "member.address"),
            ProtocolPort = message.ProtocolPort,
            Weight = message.HasWeight ? message.Weight : 1,
            Backup = message.Backup,
            SubnetId = WireFormat.ToNullableId(message.HasSubnetId, message.SubnetId, "member.subnet_id"),
            MonitorAddress = WireFormat.ToNullableAddress(message.HasMonitorAddress, message.MonitorAddress, "member.monitor_address"),
            MonitorPort = message.HasMonitorPort ? message.MonitorPort : null,
        };
    }

    /// <summary>Converts a create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateMemberRequest ToProto(this CreateMemberRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateMemberRequest { Member = request.Member.ToProto() };
    }

    /// <summary>Converts a wire create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateMemberRequest ToContract(this P.CreateMemberRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateMemberRequest { Member = WireFormat.Required(message.Member, "member").ToContract() };
    }

    /// <summary>Converts a sparse update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateMemberRequest ToProto(this UpdateMemberRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateMemberRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            Weight = OptionalMapping.FromInt32(request.Weight),
            Backup = OptionalMapping.FromBool(request.Backup),
            MonitorAddress = OptionalMapping.FromNullableAddress(request.MonitorAddress),
            MonitorPort = OptionalMapping.FromNullableInt32(request.MonitorPort),
        };
    }

    /// <summary>Converts a wire sparse update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateMemberRequest ToContract(this P.UpdateMemberRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateMemberRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            Weight = OptionalMapping.ToInt32(message.Weight, "weight"),
            Backup = OptionalMapping.ToBool(message.Backup),
            MonitorAddress = OptionalMapping.ToNullableAddress(message.MonitorAddress, "monitor_address"),
            MonitorPort = OptionalMapping.ToNullableInt32(message.MonitorPort),
        };
    }

    /// <summary>Converts a delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteMemberRequest ToProto(this DeleteMemberRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteMemberRequest { Member = request.Member.ToProto() };
    }

    /// <summary>Converts a wire delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteMemberRequest ToContract(this P.DeleteMemberRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteMemberRequest { Member = WireFormat.Required(message.Member, "member").ToContract() };
    }

    /// <summary>Converts a batch update to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.BatchUpdateMembersRequest ToProto(this BatchUpdateMembersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.BatchUpdateMembersRequest
        {
            Pool = request.Pool.ToProto(),
            Members = { request.Members.Select(m => m.ToProto()) },
        };
    }

    /// <summary>Converts a wire batch update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static BatchUpdateMembersRequest ToContract(this P.BatchUpdateMembersRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new BatchUpdateMembersRequest
        {
            Pool = WireFormat.Required(message.Pool, "pool").ToContract(),
            Members = message.Members.Select(m => m.ToContract()).ToArray(),
        };
    }
}
