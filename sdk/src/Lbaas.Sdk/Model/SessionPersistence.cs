namespace Lbaas.Sdk.V1;

/// <summary>Describes how a pool keeps a client on the same member.</summary>
public sealed record SessionPersistence
{
    /// <summary>Gets the persistence type.</summary>
    public required SessionPersistenceType Type { get; init; }

    /// <summary>Gets the cookie name; only for <see cref="SessionPersistenceType.AppCookie"/>.</summary>
    public string? CookieName { get; init; }

    /// <summary>Gets the persistence timeout in seconds; UDP and SCTP pools only.</summary>
    public int? PersistenceTimeout { get; init; }

    /// <summary>Gets the persistence netmask; UDP and SCTP pools only.</summary>
    public string? PersistenceGranularity { get; init; }
}
