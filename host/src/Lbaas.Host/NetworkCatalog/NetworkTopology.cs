using System.Net;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Holds the configured networks and subnets, immutable once the host has started.</summary>
public sealed class NetworkTopology
{
    private readonly Dictionary<Guid, Network> _networks;
    private readonly Dictionary<Guid, Subnet> _subnets;
    private readonly Dictionary<Guid, SubnetAddressRange> _ranges;

    /// <summary>Initializes the topology from validated options.</summary>
    /// <param name="options">The catalog options.</param>
    public NetworkTopology(IOptions<NetworkCatalogOptions> options)
    {
        var definitions = options.Value.Networks.Count > 0
            ? options.Value.Networks
            : NetworkCatalogOptions.CreateDefaultNetworks();
        _networks = [];
        _subnets = [];
        _ranges = [];
        var networks = new List<Network>();
        var subnets = new List<Subnet>();
        foreach (var definition in definitions)
        {
            var projectId = definition.ProjectId.Length == 0 ? null : definition.ProjectId;
            foreach (var s in definition.Subnets)
            {
                var cidr = IPNetwork.Parse(s.Cidr);
                var gateway = s.GatewayIp.Length == 0 ? null : IPAddress.Parse(s.GatewayIp);
                var subnet = new Subnet
                {
                    Id = s.Id,
                    Name = s.Name,
                    NetworkId = definition.Id,
                    ProjectId = projectId,
                    Cidr = cidr,
                    GatewayIp = gateway,
                };
                _subnets[s.Id] = subnet;
                _ranges[s.Id] = new SubnetAddressRange(cidr, gateway);
                subnets.Add(subnet);
            }

            var network = new Network
            {
                Id = definition.Id,
                Name = definition.Name,
                ProjectId = projectId,
                SubnetIds = [.. definition.Subnets.Select(s => s.Id)],
                Mtu = definition.Mtu,
                Shared = definition.Shared,
            };
            _networks[definition.Id] = network;
            networks.Add(network);
        }

        Networks = networks;
        Subnets = subnets;
    }

    /// <summary>Gets the networks in configuration order.</summary>
    public IReadOnlyList<Network> Networks { get; }

    /// <summary>Gets the subnets in configuration order.</summary>
    public IReadOnlyList<Subnet> Subnets { get; }

    /// <summary>Finds a network.</summary>
    /// <param name="id">The network's ID.</param>
    /// <returns>The network, or <see langword="null"/>.</returns>
    public Network? FindNetwork(Guid id) => _networks.GetValueOrDefault(id);

    /// <summary>Finds a subnet.</summary>
    /// <param name="id">The subnet's ID.</param>
    /// <returns>The subnet, or <see langword="null"/>.</returns>
    public Subnet? FindSubnet(Guid id) => _subnets.GetValueOrDefault(id);

    internal SubnetAddressRange GetRange(Guid subnetId) => _ranges[subnetId];
}
