using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps TLS certificates and session persistence between the C# contract and the wire.</summary>
public static class TlsMapping
{
    /// <summary>Converts a TLS certificate to its wire form.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The wire message.</returns>
    public static P.TlsCertificate ToProto(this TlsCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var message = new P.TlsCertificate
        {
            Id = certificate.Id,
            Certificate = certificate.Certificate,
            Intermediates = { certificate.Intermediates },
        };
        if (certificate.PrimaryCn is not null) { message.PrimaryCn = certificate.PrimaryCn; }
        if (certificate.PrivateKey is not null) { message.PrivateKey = certificate.PrivateKey; }
        if (certificate.Passphrase is not null) { message.Passphrase = certificate.Passphrase; }
        return message;
    }

    /// <summary>Converts a wire TLS certificate to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    public static TlsCertificate ToContract(this P.TlsCertificate message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new TlsCertificate
        {
            Id = message.Id,
            PrimaryCn = message.HasPrimaryCn ? message.PrimaryCn : null,
            Certificate = message.Certificate,
            PrivateKey = message.HasPrivateKey ? message.PrivateKey : null,
            Passphrase = message.HasPassphrase ? message.Passphrase : null,
            Intermediates = message.Intermediates.ToArray(),
        };
    }

    /// <summary>Converts a session persistence to its wire form.</summary>
    /// <param name="persistence">The session persistence.</param>
    /// <returns>The wire message.</returns>
    public static P.SessionPersistence ToProto(this SessionPersistence persistence)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        var message = new P.SessionPersistence { Type = WireFormat.FromEnum(persistence.Type) };
        if (persistence.CookieName is not null) { message.CookieName = persistence.CookieName; }
        if (persistence.PersistenceTimeout is { } timeout) { message.PersistenceTimeout = timeout; }
        if (persistence.PersistenceGranularity is not null) { message.PersistenceGranularity = persistence.PersistenceGranularity; }
        return message;
    }

    /// <summary>Converts a wire session persistence to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static SessionPersistence ToContract(this P.SessionPersistence message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new SessionPersistence
        {
            Type = WireFormat.ToEnum<SessionPersistenceType>(message.Type, "session_persistence.type"),
            CookieName = message.HasCookieName ? message.CookieName : null,
            PersistenceTimeout = message.HasPersistenceTimeout ? message.PersistenceTimeout : null,
            PersistenceGranularity = message.HasPersistenceGranularity ? message.PersistenceGranularity : null,
        };
    }
}
