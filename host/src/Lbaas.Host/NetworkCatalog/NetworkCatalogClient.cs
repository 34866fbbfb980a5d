using System.Net;
using System.Text.Json;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Lbaas.Sdk.V1;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Serves <see cref="INetworkClient"/> from the configured topology and the ports stored in the database.</summary>
/// <remarks>
/// Thread-safe and singleton: each call opens its own scope. Address allocation relies on the unique
/// (subnet, address) index, so two hosts sharing a database never hand out one address twice; a lost race retries.
/// </remarks>
public sealed partial class NetworkCatalogClient(
    NetworkTopology topology,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<NetworkCatalogClient> logger) : INetworkClient
{
    private const int MaxAllocationAttempts = 32;

    // Serialises allocations within this process so concurrent requests rarely need the retry path at all.
    private readonly SemaphoreSlim _allocationGate = new(1, 1);

    // Guarded by _allocationGate.
    private readonly AddressUsageCache _usage = new();

    /// <inheritdoc />
    public Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(topology.FindNetwork(id));

    /// <inheritdoc />
    public Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(topology.FindSubnet(id));

    /// <inheritdoc />
    public Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subnet>>([.. topology.Subnets.Where(s => s.NetworkId == networkId)]);

    /// <inheritdoc />
    public async Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var entity = await db.Ports.AsNoTracking().Include(p => p.FixedIps)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return entity is null ? null : ToPort(entity);
    }

    /// <summary>Lists every port, ordered by creation.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ports.</returns>
    public async Task<IReadOnlyList<Port>> ListPortsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var entities = await db.Ports.AsNoTracking().Include(p => p.FixedIps).ToListAsync(cancellationToken);
        return [.. entities.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(ToPort)];
    }

    /// <inheritdoc />
    public async Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var network = topology.FindNetwork(request.NetworkId)
            ?? throw new DriverException($"Network {request.NetworkId} not found.");
        var candidates = ChooseSubnets(network, request.SubnetId, request.IpAddress);
        var portId = Guid.NewGuid();
        foreach (var subnetId in candidates)
        {
            var entity = new PortEntity
            {
                Id = portId,
                Name = request.Name,
                NetworkId = network.Id,
                ProjectId = request.ProjectId,
                MacAddress = MacAddressFor(portId),
                DeviceOwner = request.DeviceOwner,
                DeviceId = request.DeviceId,
                SecurityGroupIds = string.Join(',', request.SecurityGroupIds),
                QosPolicyId = request.QosPolicyId,
                CreatedAt = time.GetUtcNow(),
            };
            var allocated = await AllocateAsync(subnetId, request.IpAddress, entity, null, cancellationToken);
            if (allocated is not null)
            {
                Log.PortCreated(logger, allocated.Id, allocated.FixedIps[0].IpAddress, subnetId);
                return ToPort(allocated);
            }
        }

        throw new DriverException(
            $"No free address on network {network.Id}.",
            $"Every subnet of network '{network.Name}' ({network.Id}) is full.");
    }

    /// <inheritdoc />
    public async Task<Port> AllocateAddressAsync(
        Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken)
    {
        var subnet = topology.FindSubnet(subnetId) ?? throw new DriverException($"Subnet {subnetId} not found.");
        var port = await GetPortAsync(portId, cancellationToken) ?? throw new DriverException($"Port {portId} not found.");
        if (subnet.NetworkId != port.NetworkId)
        {
            throw new DriverException($"Subnet {subnetId} is not on network {port.NetworkId} of port {portId}.");
        }

        CheckRequestedAddress(subnet, ipAddress);
        var allocated = await AllocateAsync(subnetId, ipAddress, null, portId, cancellationToken)
            ?? throw new DriverException($"No free address on subnet {subnetId}.");
        return ToPort(allocated);
    }

    /// <inheritdoc />
    public async Task DeletePortAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        await _allocationGate.WaitAsync(cancellationToken);
        try
        {
            var released = await db.IpAllocations.AsNoTracking().Where(a => a.PortId == id)
                .Select(a => new { a.SubnetId, a.IpAddress }).ToListAsync(cancellationToken);
            await db.IpAllocations.Where(a => a.PortId == id).ExecuteDeleteAsync(cancellationToken);
            _usage.Release(released.Select(a => (a.SubnetId, a.IpAddress)));
        }
        finally
        {
            _allocationGate.Release();
        }

        if (await db.Ports.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            Log.PortDeleted(logger, id);
        }
    }

    /// <inheritdoc />
    public async Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var entity = await db.SecurityGroups.SingleOrDefaultAsync(g => g.Id == group.Id, cancellationToken);
        if (entity is null)
        {
            entity = new SecurityGroupEntity { Id = group.Id, CreatedAt = time.GetUtcNow() };
            db.SecurityGroups.Add(entity);
        }

        entity.Name = group.Name;
        entity.ProjectId = group.ProjectId;
        entity.Rules = JsonSerializer.Serialize(group.Rules, JsonSerializerOptions.Web);
        await db.SaveChangesAsync(cancellationToken);
        return ToSecurityGroup(entity);
    }

    /// <inheritdoc />
    public async Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var entity = await db.SecurityGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return entity is null ? null : ToSecurityGroup(entity);
    }

    /// <summary>Lists every security group.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups.</returns>
    public async Task<IReadOnlyList<SecurityGroup>> ListSecurityGroupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var entities = await db.SecurityGroups.AsNoTracking().ToListAsync(cancellationToken);
        return [.. entities.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(ToSecurityGroup)];
    }

    /// <inheritdoc />
    public async Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        await db.SecurityGroups.Where(g => g.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    private List<Guid> ChooseSubnets(Network network, Guid? subnetId, IPAddress? ipAddress)
    {
        if (subnetId is { } id)
        {
            var subnet = topology.FindSubnet(id);
            if (subnet is null || subnet.NetworkId != network.Id)
            {
                throw new DriverException($"Subnet {id} not found on network {network.Id}.");
            }

            CheckRequestedAddress(subnet, ipAddress);
            return [id];
        }

        if (ipAddress is not null)
        {
            var containing = network.SubnetIds.Select(topology.FindSubnet).FirstOrDefault(s => s!.Cidr.Contains(ipAddress))
                ?? throw new DriverException($"Address {ipAddress} is not inside any subnet of network {network.Id}.");
            CheckRequestedAddress(containing, ipAddress);
            return [containing.Id];
        }

        return [.. network.SubnetIds];
    }

    private void CheckRequestedAddress(Subnet subnet, IPAddress? ipAddress)
    {
        if (ipAddress is not null && !topology.GetRange(subnet.Id).IsAllocatable(ipAddress))
        {
            throw new DriverException(
                $"Address {ipAddress} cannot be allocated on subnet {subnet.Id} ({subnet.Cidr}): it is outside the " +
                "subnet or is its network, broadcast or gateway address.");
        }
    }

    // Adds one address on the subnet, either to a new port (newPort) or to an existing one (existingPortId).
    // Returns null when the subnet is full.
    private async Task<PortEntity?> AllocateAsync(
        Guid subnetId, IPAddress? requested, PortEntity? newPort, Guid? existingPortId, CancellationToken cancellationToken)
    {
        var range = topology.GetRange(subnetId);
        await _allocationGate.WaitAsync(cancellationToken);
        try
        {
            var reload = false;
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
                var usage = await _usage.GetAsync(db, subnetId, reload, cancellationToken);
                var address = requested ?? range.FindFree(usage.Used, usage.SearchFrom);
                var refused = address is null || (requested is not null && usage.Used.Contains(requested.ToString()));
                if (refused && !reload)
                {
                    // Full or taken by this host's account; another host may have freed addresses since.
                    reload = true;
                    continue;
                }

                if (address is null)
                {
                    return null;
                }

                if (refused)
                {
                    throw AddressTaken(subnetId, address);
                }

                var allocation = new IpAllocationEntity
                {
                    Id = Guid.NewGuid(),
                    SubnetId = subnetId,
                    IpAddress = address.ToString(),
                };
                PortEntity port;
                if (newPort is not null)
                {
                    port = newPort;
                    port.FixedIps = [allocation];
                    allocation.PortId = port.Id;
                    db.Ports.Add(port);
                }
                else
                {
                    port = await db.Ports.Include(p => p.FixedIps).SingleOrDefaultAsync(p => p.Id == existingPortId, cancellationToken)
                        ?? throw new DriverException($"Port {existingPortId} not found.");
                    allocation.PortId = port.Id;
                    db.IpAllocations.Add(allocation);
                }

                try
                {
                    // EF's relationship fix-up has put the new allocation into port.FixedIps.
                    await db.SaveChangesAsync(cancellationToken);
                    usage.Taken(address, wasLowestFree: requested is null);
                    return port;
                }
                catch (DbUpdateException e) when (IsUniqueViolation(e))
                {
                    if (requested is not null)
                    {
                        throw AddressTaken(subnetId, requested);
                    }

                    // Another host took it: this host's picture of the subnet is stale.
                    reload = true;

                    if (attempt >= MaxAllocationAttempts)
                    {
                        throw new DriverException(
                            $"Could not allocate an address on subnet {subnetId}; try again.",
                            $"Lost the race for a free address on subnet {subnetId} {attempt} times.", e);
                    }

                    Log.AllocationRaceLost(logger, subnetId, address.ToString(), attempt);
                    port.FixedIps = [];
                }
            }
        }
        finally
        {
            _allocationGate.Release();
        }
    }

    private static DriverException AddressTaken(Guid subnetId, IPAddress address) =>
        new($"IP address {address} is already allocated in subnet {subnetId}.");

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static string MacAddressFor(Guid portId)
    {
        Span<byte> bytes = stackalloc byte[16];
        portId.TryWriteBytes(bytes);
        return $"fa:16:3e:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}";
    }

    private static Port ToPort(PortEntity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        NetworkId = entity.NetworkId,
        ProjectId = entity.ProjectId,
        FixedIps = [.. entity.FixedIps.OrderBy(a => a.IpAddress, StringComparer.Ordinal)
            .Select(a => new FixedIp(a.SubnetId, IPAddress.Parse(a.IpAddress)))],
        MacAddress = entity.MacAddress,
        DeviceOwner = entity.DeviceOwner,
        DeviceId = entity.DeviceId,
        SecurityGroupIds = [.. entity.SecurityGroupIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
        AdminStateUp = entity.AdminStateUp,
    };

    private static SecurityGroup ToSecurityGroup(SecurityGroupEntity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        ProjectId = entity.ProjectId,
        Rules = JsonSerializer.Deserialize<List<SecurityGroupRule>>(entity.Rules, JsonSerializerOptions.Web) ?? [],
    };
}
