using System.Net;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Tests.Support;

/// <summary>Stands in for the host's network catalog: one network with two IPv4 subnets, ports allocated in memory.</summary>
/// <remarks>Thread-safe. Addresses are handed out from .10 upwards; a requested address already in use is refused.</remarks>
public sealed class InMemoryNetworkClient : INetworkClient
{
    public static readonly Guid NetworkId = Guid.Parse("0b7d1f2c-0000-4000-8000-000000000001");
    public static readonly Guid SubnetId = Guid.Parse("0b7d1f2c-0000-4000-8000-000000000011");
    public static readonly Guid SecondSubnetId = Guid.Parse("0b7d1f2c-0000-4000-8000-000000000012");

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Subnet> _subnets = new()
    {
        [SubnetId] = new Subnet { Id = SubnetId, NetworkId = NetworkId, Cidr = IPNetwork.Parse("192.0.2.0/24") },
        [SecondSubnetId] = new Subnet { Id = SecondSubnetId, NetworkId = NetworkId, Cidr = IPNetwork.Parse("198.51.100.0/24") },
    };

    private readonly Dictionary<Guid, Port> _ports = [];
    private readonly Dictionary<Guid, SecurityGroup> _groups = [];

    public IReadOnlyList<Port> Ports
    {
        get
        {
            lock (_gate)
            {
                return [.. _ports.Values];
            }
        }
    }

    /// <summary>Adds a port directly, as a user who brings their own VIP port would have.</summary>
    public Port AddPort(IPAddress address)
    {
        lock (_gate)
        {
            var port = new Port { Id = Guid.NewGuid(), NetworkId = NetworkId, FixedIps = [new FixedIp(SubnetId, address)], Name = "user-port" };
            _ports.Add(port.Id, port);
            return port;
        }
    }

    public Task<Network?> GetNetworkAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(id == NetworkId ? new Network { Id = NetworkId, Name = "public", SubnetIds = [SubnetId, SecondSubnetId] } : null);

    public Task<Subnet?> GetSubnetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_subnets.GetValueOrDefault(id));

    public Task<IReadOnlyList<Subnet>> ListSubnetsAsync(Guid networkId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subnet>>([.. _subnets.Values.Where(s => s.NetworkId == networkId)]);

    public Task<Port?> GetPortAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_ports.GetValueOrDefault(id));
        }
    }

    public Task<Port> CreatePortAsync(CreatePortRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var subnet = request.SubnetId is { } s ? _subnets[s] : _subnets.Values.First(x => x.NetworkId == request.NetworkId);
            var port = new Port
            {
                Id = Guid.NewGuid(),
                Name = request.Name,
                NetworkId = request.NetworkId,
                ProjectId = request.ProjectId,
                DeviceOwner = request.DeviceOwner,
                DeviceId = request.DeviceId,
                FixedIps = [new FixedIp(subnet.Id, Allocate(subnet, request.IpAddress))],
            };
            _ports.Add(port.Id, port);
            return Task.FromResult(port);
        }
    }

    public Task<Port> AllocateAddressAsync(Guid portId, Guid subnetId, IPAddress? ipAddress, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var port = _ports[portId];
            port = port with { FixedIps = [.. port.FixedIps, new FixedIp(subnetId, Allocate(_subnets[subnetId], ipAddress))] };
            _ports[portId] = port;
            return Task.FromResult(port);
        }
    }

    public Task DeletePortAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _ports.Remove(id);
            return Task.CompletedTask;
        }
    }

    public Task<SecurityGroup> CreateSecurityGroupAsync(SecurityGroup group, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _groups[group.Id] = group;
            return Task.FromResult(group);
        }
    }

    public Task<SecurityGroup?> GetSecurityGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_groups.GetValueOrDefault(id));
        }
    }

    public Task DeleteSecurityGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _groups.Remove(id);
            return Task.CompletedTask;
        }
    }

    private IPAddress Allocate(Subnet subnet, IPAddress? requested)
    {
        var used = _ports.Values.SelectMany(p => p.FixedIps).Select(ip => ip.IpAddress).ToHashSet();
        if (requested is not null)
        {
            return used.Contains(requested) || !subnet.Cidr.Contains(requested)
                ? throw new InvalidOperationException($"{requested} is in use or outside {subnet.Cidr}.")
                : requested;
        }

        var bytes = subnet.Cidr.BaseAddress.GetAddressBytes();
        for (var host = 10; host < 250; host++)
        {
            bytes[^1] = (byte)host;
            var candidate = new IPAddress(bytes);
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Subnet {subnet.Cidr} is full.");
    }
}
