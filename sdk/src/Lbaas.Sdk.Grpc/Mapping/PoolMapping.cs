using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps pools and their requests between the C# contract and the wire.</summary>
public static class PoolMapping
{
    /// <summary>Converts a pool to its wire form.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The wire message.</returns>
    public static P.Pool ToProto(this Pool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var message = new P.Pool
        {
            Id = WireFormat.FromId(pool.Id),
            LoadBalancerId = WireFormat.FromId(pool.LoadBalancerId),
            ProjectId = pool.ProjectId,
            AdminStateUp = pool.AdminStateUp,
            Protocol = WireFormat.FromEnum(pool.Protocol),
            LbAlgorithm = WireFormat.FromEnum(pool.LbAlgorithm),
            SessionPersistence = pool.SessionPersistence?.ToProto(),
            HealthMonitor = pool.HealthMonitor?.ToProto(),
            Members = { pool.Members.Select(m => m.ToProto()) },
            TlsEnabled = pool.TlsEnabled,
            TlsContainerData = pool.TlsContainerData?.ToProto(),
            TlsVersions = { pool.TlsVersions },
            AlpnProtocols = { pool.AlpnProtocols },
        };
        if (pool.ListenerId is { } listenerId) { message.ListenerId = WireFormat.FromId(listenerId); }
        if (pool.Name is not null) { message.Name = pool.Name; }
        if (pool.Description is not null) { message.Description = pool.Description; }
        if (pool.TlsContainerRef is not null) { message.TlsContainerRef = pool.TlsContainerRef; }
        if (pool.CaTlsContainerRef is not null) { message.CaTlsContainerRef = pool.CaTlsContainerRef; }
        if (pool.CaTlsContainerData is not null) { message.CaTlsContainerData = pool.CaTlsContainerData; }
        if (pool.CrlContainerRef is not null) { message.CrlContainerRef = pool.CrlContainerRef; }
        if (pool.CrlContainerData is not null) { message.CrlContainerData = pool.CrlContainerData; }
        if (pool.TlsCiphers is not null) { message.TlsCiphers = pool.TlsCiphers; }
        return message;
    }

    /// <summary>Converts a wire pool to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Pool ToContract(this P.Pool message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Pool
        {
            Id = WireFormat.ToId(message.Id, "pool.id"),
            LoadBalancerId = WireFormat.ToId(message.LoadBalancerId, "pool.load_balancer_id"),
            ListenerId = WireFormat.ToNullableId(message.HasListenerId, message.ListenerId, "pool.listener_id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            Description = message.HasDescription ? message.Description : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Protocol = WireFormat.ToEnum<Protocol>(message.Protocol, "pool.protocol"),
            LbAlgorithm = WireFormat.ToEnum<LoadBalancingAlgorithm>(message.LbAlgorithm, "pool.lb_algorithm"),
            SessionPersistence = message.SessionPersistence?.ToContract(),
            HealthMonitor = message.HealthMonitor?.ToContract(),
            Members = message.Members.Select(m => m.ToContract()).ToArray(),
            TlsEnabled = message.TlsEnabled,
            TlsContainerRef = message.HasTlsContainerRef ? message.TlsContainerRef : null,
            TlsContainerData = message.TlsContainerData?.ToContract(),
            CaTlsContainerRef = message.HasCaTlsContainerRef ? message.CaTlsContainerRef : null,
            CaTlsContainerData = message.HasCaTlsContainerData ? message.CaTlsContainerData : null,
            CrlContainerRef = message.HasCrlContainerRef ? message.CrlContainerRef : null,
            CrlContainerData = message.HasCrlContainerData ? message.CrlContainerData : null,
            TlsVersions = message.TlsVersions.ToArray(),
            TlsCiphers = message.HasTlsCiphers ? message.TlsCiphers : null,
            AlpnProtocols = message.AlpnProtocols.ToArray(),
        };
    }

    /// <summary>Converts a create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreatePoolRequest ToProto(this CreatePoolRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreatePoolRequest { Pool = request.Pool.ToProto() };
    }

    /// <summary>Converts a wire create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreatePoolRequest ToContract(this P.CreatePoolRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreatePoolRequest { Pool = WireFormat.Required(message.Pool, "pool").ToContract() };
    }

    /// <summary>Converts a sparse update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdatePoolRequest ToProto(this UpdatePoolRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdatePoolRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            Description = OptionalMapping.FromNullableString(request.Description),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            LbAlgorithm = OptionalMapping.FromEnum(request.LbAlgorithm),
            SessionPersistence = OptionalMapping.FromNullableSessionPersistence(request.SessionPersistence),
            TlsEnabled = OptionalMapping.FromBool(request.TlsEnabled),
            TlsContainerRef = OptionalMapping.FromNullableString(request.TlsContainerRef),
            TlsContainerData = OptionalMapping.FromNullableCertificate(request.TlsContainerData),
            CaTlsContainerRef = OptionalMapping.FromNullableString(request.CaTlsContainerRef),
            CaTlsContainerData = OptionalMapping.FromNullableString(request.CaTlsContainerData),
            CrlContainerRef = OptionalMapping.FromNullableString(request.CrlContainerRef),
            CrlContainerData = OptionalMapping.FromNullableString(request.CrlContainerData),
            TlsVersions = OptionalMapping.FromStringList(request.TlsVersions),
            TlsCiphers = OptionalMapping.FromNullableString(request.TlsCiphers),
            AlpnProtocols = OptionalMapping.FromStringList(request.AlpnProtocols),
        };
    }

    /// <summary>Converts a wire sparse update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdatePoolRequest ToContract(this P.UpdatePoolRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdatePoolRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            Description = OptionalMapping.ToNullableString(message.Description),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            LbAlgorithm = OptionalMapping.ToEnum<LoadBalancingAlgorithm>(message.LbAlgorithm, "lb_algorithm"),
            SessionPersistence = OptionalMapping.ToNullableSessionPersistence(message.SessionPersistence),
            TlsEnabled = OptionalMapping.ToBool(message.TlsEnabled),
            TlsContainerRef = OptionalMapping.ToNullableString(message.TlsContainerRef),
            TlsContainerData = OptionalMapping.ToNullableCertificate(message.TlsContainerData),
            CaTlsContainerRef = OptionalMapping.ToNullableString(message.CaTlsContainerRef),
            CaTlsContainerData = OptionalMapping.ToNullableString(message.CaTlsContainerData),
            CrlContainerRef = OptionalMapping.ToNullableString(message.CrlContainerRef),
            CrlContainerData = OptionalMapping.ToNullableString(message.CrlContainerData),
            TlsVersions = OptionalMapping.ToStringList(message.TlsVersions),
            TlsCiphers = OptionalMapping.ToNullableString(message.TlsCiphers),
            AlpnProtocols = OptionalMapping.ToStringList(message.AlpnProtocols),
        };
    }

    /// <summary>Converts a delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeletePoolRequest ToProto(this DeletePoolRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeletePoolRequest { Pool = request.Pool.ToProto() };
    }

    /// <summary>Converts a wire delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeletePoolRequest ToContract(this P.DeletePoolRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeletePoolRequest { Pool = WireFormat.Required(message.Pool, "pool").ToContract() };
    }
}
