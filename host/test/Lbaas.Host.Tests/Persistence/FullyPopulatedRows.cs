using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;

namespace Lbaas.Host.Tests.Persistence;

/// <summary>Builds one row for every table, with a value that is not its type's default in every column.</summary>
/// <remarks>
/// The values need not make sense to the API (a policy both redirects to a pool and to a URL): they are there to show
/// that each column stores and returns what it was given. Times are whole seconds in UTC, which both databases keep
/// exactly.
/// </remarks>
public static class FullyPopulatedRows
{
    private static readonly DateTime Created = new(2026, 11, 24, 1, 2, 3, DateTimeKind.Utc);
    private static readonly DateTime Updated = new(2026, 11, 24, 4, 5, 6, DateTimeKind.Utc);
    private const string Project = "6a2b7c5e3d4f4a8b9c0d1e2f3a4b5c6d";

    /// <summary>Adds a load balancer graph, its flavor and zone with their profiles, a quota, ports and a security group.</summary>
    public static void AddTo(LbaasDbContext db)
    {
        var flavorProfile = new FlavorProfileEntity
        {
            Id = Guid.NewGuid(),
            Name = "fp",
            ProviderName = "noop",
            FlavorData = """{"loadbalancer_topology": "ACTIVE_STANDBY"}""",
        };
        var flavor = new FlavorEntity
        {
            Id = Guid.NewGuid(),
            Name = "gold",
            Description = "gold tier",
            Enabled = true,
            FlavorProfileId = flavorProfile.Id,
        };
        var zoneProfile = new AvailabilityZoneProfileEntity
        {
            Id = Guid.NewGuid(),
            Name = "azp",
            ProviderName = "noop",
            AvailabilityZoneData = """{"compute_zone": "nova"}""",
        };
        var zone = new AvailabilityZoneEntity
        {
            Name = "az1",
            Description = "first zone",
            Enabled = true,
            AvailabilityZoneProfileId = zoneProfile.Id,
        };
        db.AddRange(flavorProfile, flavor, zoneProfile, zone);

        var lb = Provisioned(new LoadBalancerEntity
        {
            Name = "lb1",
            Description = "fully populated",
            Provider = "noop",
            FlavorId = flavor.Id,
            AvailabilityZone = zone.Name,
            Topology = "ACTIVE_STANDBY",
            FlavorMetadata = """{"loadbalancer_topology": "ACTIVE_STANDBY"}""",
            AvailabilityZoneMetadata = """{"compute_zone": "nova"}""",
            VipAddress = "203.0.113.10",
            VipPortId = Guid.NewGuid(),
            VipSubnetId = Guid.NewGuid(),
            VipNetworkId = Guid.NewGuid(),
            VipQosPolicyId = Guid.NewGuid(),
            VipPortOwnedByHost = true,
        });
        lb.AdditionalVips =
        [
            new AdditionalVipEntity { SubnetId = Guid.NewGuid(), NetworkId = Guid.NewGuid(), PortId = Guid.NewGuid(), IpAddress = "203.0.113.11" },
            new AdditionalVipEntity { SubnetId = Guid.NewGuid(), NetworkId = Guid.NewGuid(), PortId = Guid.NewGuid(), IpAddress = "2001:db8::11" },
        ];

        var pool = Pool(lb, "pool1");
        var redirectPool = Pool(lb, "pool2");
        pool.Members =
        [
            Member(lb, pool, "192.0.2.1"),
            Member(lb, pool, "2001:db8::1"),
        ];
        pool.HealthMonitor = Provisioned(new HealthMonitorEntity
        {
            LoadBalancerId = lb.Id,
            PoolId = pool.Id,
            Name = "hm1",
            Type = "HTTP",
            Delay = 5,
            Timeout = 3,
            MaxRetries = 2,
            MaxRetriesDown = 4,
            HttpMethod = "HEAD",
            UrlPath = "/health",
            ExpectedCodes = "200-204",
            HttpVersion = 1.1,
            DomainName = "example.org",
        });

        var listener = Provisioned(new ListenerEntity
        {
            LoadBalancerId = lb.Id,
            Name = "l1",
            Description = "https listener",
            Protocol = "TERMINATED_HTTPS",
            ProtocolPort = 443,
            ConnectionLimit = 1000,
            DefaultPoolId = pool.Id,
            DefaultTlsContainerRef = "http://barbican/containers/tls",
            SniContainerRefs = ["http://barbican/containers/sni1", "http://barbican/containers/sni2"],
            InsertHeaders = new() { ["X-Forwarded-For"] = "true", ["X-Forwarded-Port"] = "true" },
            TimeoutClientData = 50000,
            TimeoutMemberConnect = 5000,
            TimeoutMemberData = 50001,
            TimeoutTcpInspect = 10,
            ClientCaTlsContainerRef = "http://barbican/containers/ca",
            ClientAuthentication = "MANDATORY",
            ClientCrlContainerRef = "http://barbican/containers/crl",
            AllowedCidrs = ["192.0.2.0/24", "2001:db8::/64"],
            TlsCiphers = "ECDHE-ECDSA-AES256-GCM-SHA384",
            TlsVersions = ["TLSv1.2", "TLSv1.3"],
            AlpnProtocols = ["h2", "http/1.1"],
        });
        var policy = Provisioned(new L7PolicyEntity
        {
            LoadBalancerId = lb.Id,
            ListenerId = listener.Id,
            Name = "p1",
            Description = "redirect",
            Action = "REDIRECT_TO_POOL",
            Position = 1,
            RedirectPoolId = redirectPool.Id,
            RedirectUrl = "https://example.org/",
            RedirectPrefix = "https://example.org",
            RedirectHttpCode = 302,
        });
        policy.Rules =
        [
            Provisioned(new L7RuleEntity
            {
                LoadBalancerId = lb.Id,
                L7PolicyId = policy.Id,
                Type = "HEADER",
                CompareType = "EQUAL_TO",
                Key = "X-Tier",
                Value = "gold",
                Invert = true,
            }),
        ];
        listener.L7Policies = [policy];
        lb.Listeners = [listener];
        lb.Pools = [pool, redirectPool];
        db.LoadBalancers.Add(lb);

        db.ListenerStatistics.Add(new ListenerStatisticsEntity
        {
            ListenerId = listener.Id,
            LoadBalancerId = lb.Id,
            ActiveConnections = 3,
            BytesIn = 5_000_000_000,
            BytesOut = 7_000_000_000,
            RequestErrors = 11,
            TotalConnections = 13,
            UpdatedAt = Updated,
        });
        db.Quotas.Add(new QuotaEntity
        {
            ProjectId = Project,
            LoadBalancer = 10,
            Listener = 20,
            Pool = 30,
            HealthMonitor = 40,
            Member = 50,
            L7Policy = 60,
            L7Rule = 70,
            InUseLoadBalancer = 1,
            InUseListener = 1,
            InUsePool = 2,
            InUseHealthMonitor = 1,
            InUseMember = 2,
            InUseL7Policy = 1,
            InUseL7Rule = 1,
        });

        var securityGroup = new SecurityGroupEntity
        {
            Id = Guid.NewGuid(),
            Name = "lb-sg",
            ProjectId = Project,
            Rules = """[{"direction": "ingress", "protocol": "tcp", "port_range_min": 443}]""",
            CreatedAt = new DateTimeOffset(Created),
        };
        var subnet = lb.VipSubnetId!.Value;
        var portId = lb.VipPortId!.Value;
        db.SecurityGroups.Add(securityGroup);
        db.Ports.Add(new PortEntity
        {
            Id = portId,
            Name = "vip-port",
            NetworkId = lb.VipNetworkId!.Value,
            ProjectId = Project,
            MacAddress = "fa:16:3e:00:00:01",
            DeviceOwner = "Octavia",
            DeviceId = lb.Id.ToString(),
            AdminStateUp = true,
            SecurityGroupIds = securityGroup.Id.ToString(),
            QosPolicyId = lb.VipQosPolicyId,
            CreatedAt = new DateTimeOffset(Created),
            FixedIps =
            [
                new IpAllocationEntity { Id = Guid.NewGuid(), PortId = portId, SubnetId = subnet, IpAddress = "203.0.113.10" },
                new IpAllocationEntity { Id = Guid.NewGuid(), PortId = portId, SubnetId = Guid.NewGuid(), IpAddress = "2001:db8::10" },
            ],
        });
    }

    private static PoolEntity Pool(LoadBalancerEntity lb, string name) => Provisioned(new PoolEntity
    {
        LoadBalancerId = lb.Id,
        Name = name,
        Description = $"{name} description",
        Protocol = "HTTPS",
        LbAlgorithm = "LEAST_CONNECTIONS",
        SessionPersistenceType = "APP_COOKIE",
        SessionPersistenceCookieName = "session",
        SessionPersistenceTimeout = 360,
        SessionPersistenceGranularity = "255.255.255.255",
        TlsEnabled = true,
        TlsContainerRef = "http://barbican/containers/pool-tls",
        CaTlsContainerRef = "http://barbican/containers/pool-ca",
        CrlContainerRef = "http://barbican/containers/pool-crl",
        TlsCiphers = "ECDHE-RSA-AES128-GCM-SHA256",
        TlsVersions = ["TLSv1.3"],
        AlpnProtocols = ["http/1.1"],
    });

    private static MemberEntity Member(LoadBalancerEntity lb, PoolEntity pool, string address) => Provisioned(new MemberEntity
    {
        LoadBalancerId = lb.Id,
        PoolId = pool.Id,
        Name = $"member {address}",
        Address = address,
        ProtocolPort = 8443,
        Weight = 7,
        Backup = true,
        SubnetId = Guid.NewGuid(),
        MonitorAddress = address,
        MonitorPort = 9000,
    });

    private static T Provisioned<T>(T row)
        where T : ProvisionedEntity
    {
        row.Id = Guid.NewGuid();
        row.ProjectId = Project;
        row.AdminStateUp = true;
        row.ProvisioningStatus = ProvisioningStatuses.Active;
        row.OperatingStatus = OperatingStatuses.Online;
        row.Tags = ["blue", "green"];
        row.CreatedAt = Created;
        row.UpdatedAt = Updated;
        return row;
    }
}
