using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps listeners and their requests between the C# contract and the wire.</summary>
public static class ListenerMapping
{
    /// <summary>Converts a listener to its wire form.</summary>
    /// <param name="listener">The listener.</param>
    /// <returns>The wire message.</returns>
    public static P.Listener ToProto(this Listener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var message = new P.Listener
        {
            Id = WireFormat.FromId(listener.Id),
            LoadBalancerId = WireFormat.FromId(listener.LoadBalancerId),
            ProjectId = listener.ProjectId,
            AdminStateUp = listener.AdminStateUp,
            Protocol = WireFormat.FromEnum(listener.Protocol),
            ProtocolPort = listener.ProtocolPort,
            ConnectionLimit = listener.ConnectionLimit,
            DefaultPool = listener.DefaultPool?.ToProto(),
            DefaultTlsContainerData = listener.DefaultTlsContainerData?.ToProto(),
            SniContainerRefs = { listener.SniContainerRefs },
            SniContainerData = { listener.SniContainerData.Select(c => c.ToProto()) },
            TimeoutClientData = listener.TimeoutClientData,
            TimeoutMemberConnect = listener.TimeoutMemberConnect,
            TimeoutMemberData = listener.TimeoutMemberData,
            TimeoutTcpInspect = listener.TimeoutTcpInspect,
            ClientAuthentication = WireFormat.FromEnum(listener.ClientAuthentication),
            AllowedCidrs = { listener.AllowedCidrs.Select(WireFormat.FromCidr) },
            TlsVersions = { listener.TlsVersions },
            AlpnProtocols = { listener.AlpnProtocols },
            L7Policies = { listener.L7Policies.Select(p => p.ToProto()) },
        };
        if (listener.Name is not null) { message.Name = listener.Name; }
        if (listener.Description is not null) { message.Description = listener.Description; }
        if (listener.DefaultPoolId is { } defaultPoolId) { message.DefaultPoolId = WireFormat.FromId(defaultPoolId); }
        if (listener.DefaultTlsContainerRef is not null) { message.DefaultTlsContainerRef = listener.DefaultTlsContainerRef; }
        if (listener.ClientCaTlsContainerRef is not null) { message.ClientCaTlsContainerRef = listener.ClientCaTlsContainerRef; }
        if (listener.ClientCaTlsContainerData is not null) { message.ClientCaTlsContainerData = listener.ClientCaTlsContainerData; }
        if (listener.ClientCrlContainerRef is not null) { message.ClientCrlContainerRef = listener.ClientCrlContainerRef; }
        if (listener.ClientCrlContainerData is not null) { message.ClientCrlContainerData = listener.ClientCrlContainerData; }
        if (listener.TlsCiphers is not null) { message.TlsCiphers = listener.TlsCiphers; }
        WireFormat.CopyStrings(listener.InsertHeaders, message.InsertHeaders);
        return message;
    }

    /// <summary>Converts a wire listener to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Listener ToContract(this P.Listener message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Listener
        {
            Id = WireFormat.ToId(message.Id, "listener.id"),
            LoadBalancerId = WireFormat.ToId(message.LoadBalancerId, "listener.load_balancer_id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            Description = message.HasDescription ? message.Description : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Protocol = WireFormat.ToEnum<Protocol>(message.Protocol, "listener.protocol"),
            ProtocolPort = message.ProtocolPort,
            ConnectionLimit = message.HasConnectionLimit ? message.ConnectionLimit : -1,
            DefaultPoolId = WireFormat.ToNullableId(message.HasDefaultPoolId, message.DefaultPoolId, "listener.default_pool_id"),
            DefaultPool = message.DefaultPool?.ToContract(),
            DefaultTlsContainerRef = message.HasDefaultTlsContainerRef ? message.DefaultTlsContainerRef : null,
            DefaultTlsContainerData = message.DefaultTlsContainerData?.ToContract(),
            SniContainerRefs = message.SniContainerRefs.ToArray(),
            SniContainerData = message.SniContainerData.Select(c => c.ToContract()).ToArray(),
            InsertHeaders = WireFormat.ToStrings(message.InsertHeaders),
            TimeoutClientData = message.HasTimeoutClientData ? message.TimeoutClientData : 50000,
            TimeoutMemberConnect = message.HasTimeoutMemberConnect ? message.TimeoutMemberConnect : 5000,
            TimeoutMemberData = message.HasTimeoutMemberData ? message.TimeoutMemberData : 50000,
            TimeoutTcpInspect = message.TimeoutTcpInspect,
            ClientCaTlsContainerRef = message.HasClientCaTlsContainerRef ? message.ClientCaTlsContainerRef : null,
            ClientCaTlsContainerData = message.HasClientCaTlsContainerData ? message.ClientCaTlsContainerData : null,
            ClientAuthentication = message.ClientAuthentication.Length == 0
                ? ClientAuthentication.None
                : WireFormat.ToEnum<ClientAuthentication>(message.ClientAuthentication, "listener.client_authentication"),
            ClientCrlContainerRef = message.HasClientCrlContainerRef ? message.ClientCrlContainerRef : null,
            ClientCrlContainerData = message.HasClientCrlContainerData ? message.ClientCrlContainerData : null,
            AllowedCidrs = message.AllowedCidrs.Select(c => WireFormat.ToCidr(c, "listener.allowed_cidrs")).ToArray(),
            TlsVersions = message.TlsVersions.ToArray(),
            TlsCiphers = message.HasTlsCiphers ? message.TlsCiphers : null,
            AlpnProtocols = message.AlpnProtocols.ToArray(),
            L7Policies = message.L7Policies.Select(p => p.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts a create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateListenerRequest ToProto(this CreateListenerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateListenerRequest { Listener = request.Listener.ToProto() };
    }

    /// <summary>Converts a wire create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateListenerRequest ToContract(this P.CreateListenerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateListenerRequest { Listener = WireFormat.Required(message.Listener, "listener").ToContract() };
    }

    /// <summary>Converts a sparse update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateListenerRequest ToProto(this UpdateListenerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateListenerRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            Description = OptionalMapping.FromNullableString(request.Description),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            ConnectionLimit = OptionalMapping.FromInt32(request.ConnectionLimit),
            DefaultPoolId = OptionalMapping.FromNullableId(request.DefaultPoolId),
            DefaultTlsContainerRef = OptionalMapping.FromNullableString(request.DefaultTlsContainerRef),
            DefaultTlsContainerData = OptionalMapping.FromNullableCertificate(request.DefaultTlsContainerData),
            SniContainerRefs = OptionalMapping.FromStringList(request.SniContainerRefs),
            SniContainerData = OptionalMapping.FromCertificateList(request.SniContainerData),
            InsertHeaders = OptionalMapping.FromStringMap(request.InsertHeaders),
            TimeoutClientData = OptionalMapping.FromInt32(request.TimeoutClientData),
            TimeoutMemberConnect = OptionalMapping.FromInt32(request.TimeoutMemberConnect),
            TimeoutMemberData = OptionalMapping.FromInt32(request.TimeoutMemberData),
            TimeoutTcpInspect = OptionalMapping.FromInt32(request.TimeoutTcpInspect),
            ClientCaTlsContainerRef = OptionalMapping.FromNullableString(request.ClientCaTlsContainerRef),
            ClientCaTlsContainerData = OptionalMapping.FromNullableString(request.ClientCaTlsContainerData),
            ClientAuthentication = OptionalMapping.FromEnum(request.ClientAuthentication),
            ClientCrlContainerRef = OptionalMapping.FromNullableString(request.ClientCrlContainerRef),
            ClientCrlContainerData = OptionalMapping.FromNullableString(request.ClientCrlContainerData),
            AllowedCidrs = OptionalMapping.FromCidrList(request.AllowedCidrs),
            TlsVersions = OptionalMapping.FromStringList(request.TlsVersions),
            TlsCiphers = OptionalMapping.FromNullableString(request.TlsCiphers),
            AlpnProtocols = OptionalMapping.FromStringList(request.AlpnProtocols),
        };
    }

    /// <summary>Converts a wire sparse update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateListenerRequest ToContract(this P.UpdateListenerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateListenerRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            Description = OptionalMapping.ToNullableString(message.Description),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            ConnectionLimit = OptionalMapping.ToInt32(message.ConnectionLimit, "connection_limit"),
            DefaultPoolId = OptionalMapping.ToNullableId(message.DefaultPoolId, "default_pool_id"),
            DefaultTlsContainerRef = OptionalMapping.ToNullableString(message.DefaultTlsContainerRef),
            DefaultTlsContainerData = OptionalMapping.ToNullableCertificate(message.DefaultTlsContainerData),
            SniContainerRefs = OptionalMapping.ToStringList(message.SniContainerRefs),
            SniContainerData = OptionalMapping.ToCertificateList(message.SniContainerData),
            InsertHeaders = OptionalMapping.ToStringMap(message.InsertHeaders),
            TimeoutClientData = OptionalMapping.ToInt32(message.TimeoutClientData, "timeout_client_data"),
            TimeoutMemberConnect = OptionalMapping.ToInt32(message.TimeoutMemberConnect, "timeout_member_connect"),
            TimeoutMemberData = OptionalMapping.ToInt32(message.TimeoutMemberData, "timeout_member_data"),
            TimeoutTcpInspect = OptionalMapping.ToInt32(message.TimeoutTcpInspect, "timeout_tcp_inspect"),
            ClientCaTlsContainerRef = OptionalMapping.ToNullableString(message.ClientCaTlsContainerRef),
            ClientCaTlsContainerData = OptionalMapping.ToNullableString(message.ClientCaTlsContainerData),
            ClientAuthentication = OptionalMapping.ToEnum<ClientAuthentication>(message.ClientAuthentication, "client_authentication"),
            ClientCrlContainerRef = OptionalMapping.ToNullableString(message.ClientCrlContainerRef),
            ClientCrlContainerData = OptionalMapping.ToNullableString(message.ClientCrlContainerData),
            AllowedCidrs = OptionalMapping.ToCidrList(message.AllowedCidrs, "allowed_cidrs"),
            TlsVersions = OptionalMapping.ToStringList(message.TlsVersions),
            TlsCiphers = OptionalMapping.ToNullableString(message.TlsCiphers),
            AlpnProtocols = OptionalMapping.ToStringList(message.AlpnProtocols),
        };
    }

    /// <summary>Converts a delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteListenerRequest ToProto(this DeleteListenerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteListenerRequest { Listener = request.Listener.ToProto() };
    }

    /// <summary>Converts a wire delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteListenerRequest ToContract(this P.DeleteListenerRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteListenerRequest { Listener = WireFormat.Required(message.Listener, "listener").ToContract() };
    }
}
