using System.Collections.Concurrent;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.ResponseCache;

/// <summary>
/// Keeps rendered replies of the load-balancer reads (lists and shows) until the next database write.
/// </summary>
/// <remarks>
/// An entry is served only while <see cref="DatabaseWriteVersion"/> still has the count sampled before the reply was
/// rendered, so a reply is never older than the last write this process made. Only sound when this process makes
/// every write: the host turns it on for SQLite (one host per file) and off for PostgreSQL, which several hosts share.
/// </remarks>
public sealed class ReadResponseCache(DatabaseWriteVersion version, bool enabled)
{
    /// <summary>The most replies kept; stale ones go first, then all of them.</summary>
    public const int MaxEntries = 512;

    /// <summary>The largest reply kept, in bytes.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>The most bytes kept in all; stale replies go first, then all of them.</summary>
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _storing = new();
    private long _bytes;

    /// <summary>Gets a value indicating whether replies are cached at all.</summary>
    public bool Enabled { get; } = enabled;

    /// <summary>Gets the write count to sample before rendering a reply.</summary>
    public long Version => version.Current;

    /// <summary>Finds a reply rendered since the last write.</summary>
    /// <param name="key">The request's key.</param>
    /// <param name="entry">The reply.</param>
    /// <returns><see langword="true"/> when one is fresh.</returns>
    public bool TryGet(string key, out Entry entry)
    {
        if (_entries.TryGetValue(key, out entry!) && entry.Version == version.Current)
        {
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>Keeps a reply rendered after sampling <paramref name="sampledVersion"/>.</summary>
    /// <param name="key">The request's key.</param>
    /// <param name="sampledVersion">The write count sampled before rendering.</param>
    /// <param name="contentType">The reply's content type.</param>
    /// <param name="body">The reply's body.</param>
    public void Store(string key, long sampledVersion, string? contentType, byte[] body)
    {
        if (body.Length > MaxBodyBytes || sampledVersion != version.Current)
        {
            return;
        }

        lock (_storing)
        {
            if (_entries.Count >= MaxEntries || _bytes + body.Length > MaxTotalBytes)
            {
                var current = version.Current;
                foreach (var (k, e) in _entries)
                {
                    if (e.Version != current && _entries.TryRemove(k, out var removed))
                    {
                        _bytes -= removed.Body.Length;
                    }
                }

                if (_entries.Count >= MaxEntries || _bytes + body.Length > MaxTotalBytes)
                {
                    _entries.Clear();
                    _bytes = 0;
                }
            }

            if (_entries.TryGetValue(key, out var replaced))
            {
                _bytes -= replaced.Body.Length;
            }

            _entries[key] = new Entry(sampledVersion, contentType, body);
            _bytes += body.Length;
        }
    }

    /// <summary>Gets the number of bytes kept now.</summary>
    public long Bytes
    {
        get
        {
            lock (_storing)
            {
                return _bytes;
            }
        }
    }

    /// <summary>One kept reply.</summary>
    /// <param name="Version">The write count it was rendered under.</param>
    /// <param name="ContentType">Its content type.</param>
    /// <param name="Body">Its body.</param>
    public sealed record Entry(long Version, string? ContentType, byte[] Body);
}
