using System.Net;
using Lbaas.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>
/// Remembers the taken addresses of each subnet, so an allocation does not read every allocation of its subnet.
/// </summary>
/// <remarks>
/// A hint, not the authority: the unique (subnet, address) index is. Another host sharing the database can take or
/// free addresses behind this cache's back; the allocator reloads a subnet when the index refuses an address, when the
/// subnet looks full and when a requested address looks taken. Not thread-safe: callers hold the allocation gate.
/// </remarks>
internal sealed class AddressUsageCache
{
    private readonly Dictionary<Guid, Usage> _subnets = [];

    /// <summary>Gets the taken addresses of a subnet, loading them from the database when unknown or asked to.</summary>
    /// <param name="db">The context to load with.</param>
    /// <param name="subnetId">The subnet.</param>
    /// <param name="reload">Read the database even when the subnet is cached.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subnet's usage.</returns>
    public async Task<Usage> GetAsync(LbaasDbContext db, Guid subnetId, bool reload, CancellationToken cancellationToken)
    {
        if (reload || !_subnets.TryGetValue(subnetId, out var usage))
        {
            var used = await db.IpAllocations.AsNoTracking().Where(a => a.SubnetId == subnetId).Select(a => a.IpAddress)
                .ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
            usage = new Usage(used);
            _subnets[subnetId] = usage;
        }

        return usage;
    }

    /// <summary>Forgets the given addresses (their port was deleted).</summary>
    /// <param name="released">The subnet and address of each released allocation.</param>
    public void Release(IEnumerable<(Guid SubnetId, string IpAddress)> released)
    {
        foreach (var (subnetId, ip) in released)
        {
            if (_subnets.TryGetValue(subnetId, out var usage) && usage.Used.Remove(ip))
            {
                // The freed address may sit below the search start; look from the bottom again.
                usage.SearchFrom = null;
            }
        }
    }

    /// <summary>The taken addresses of one subnet and where the next search for a free one starts.</summary>
    /// <param name="used">The taken addresses, in canonical text form.</param>
    public sealed class Usage(HashSet<string> used)
    {
        public HashSet<string> Used { get; } = used;

        /// <summary>Gets or sets the lowest address that may be free: every allocatable address below it is taken.</summary>
        public IPAddress? SearchFrom { get; set; }

        /// <summary>Records an address this host has just allocated.</summary>
        /// <param name="address">The address.</param>
        /// <param name="wasLowestFree">It came from a search for the lowest free address.</param>
        public void Taken(IPAddress address, bool wasLowestFree)
        {
            Used.Add(address.ToString());
            if (wasLowestFree)
            {
                SearchFrom = address;
            }
        }
    }
}
