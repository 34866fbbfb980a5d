using System.Net;
using System.Text.Json;
using CsCheck;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Generators for every record of the provider contract, with every sparse field unset, null or set.</summary>
public static class ContractGen
{
    /// <summary>Unicode text from valid scalar values (no lone surrogates, which UTF-8 cannot carry), ASCII-heavy.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
                (6, Gen.Int[0x20, 0x7E]),
                (1, Gen.Int[0x00, 0x1F]),
                (2, Gen.Int[0x80, 0xD7FF]),
                (1, Gen.Int[0xE000, 0xFFFD]),
                (1, Gen.Int[0x10000, 0x10FFFF]))
            .Array[0, 12]
            .Select(codePoints => string.Concat(codePoints.Select(char.ConvertFromUtf32)));

    public static readonly Gen<string?> NullableText = Text.Null();

    public static readonly Gen<IPAddress> Address =
        Gen.OneOf(Gen.Byte.Array[4], Gen.Byte.Array[16]).Select(bytes => new IPAddress(bytes));

    public static readonly Gen<IPNetwork> Cidr =
        from bytes in Gen.OneOf(Gen.Byte.Array[4], Gen.Byte.Array[16])
        from prefix in Gen.Int[0, bytes.Length * 8]
        select new IPNetwork(new IPAddress(Mask(bytes, prefix)), prefix);

    public static readonly Gen<JsonElement> Json =
        Gen.OneOf(
                Gen.Int.Select(i => JsonSerializer.Serialize(i)),
                Gen.Double.Where(double.IsFinite).Select(d => JsonSerializer.Serialize(d)),
                Text.Select(s => JsonSerializer.Serialize(s)),
                Gen.Bool.Select(b => JsonSerializer.Serialize(b)),
                Gen.Const("null"),
                Gen.Int.Array[0, 4].Select(a => JsonSerializer.Serialize(a)),
                Text.Array[0, 3].Select(a => JsonSerializer.Serialize(new { name = a.FirstOrDefault(), tags = a, nested = new { ok = true } })))
            .Select(json =>
            {
                using var document = JsonDocument.Parse(json);
                return document.RootElement.Clone();
            });

    public static readonly Gen<IReadOnlyDictionary<string, JsonElement>> Metadata =
        Gen.Select(Text, Json).Array[0, 4].Select(pairs =>
            (IReadOnlyDictionary<string, JsonElement>)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));

    public static readonly Gen<IReadOnlyDictionary<string, string>> StringMap =
        Gen.Select(Text, Text).Array[0, 4].Select(pairs =>
            (IReadOnlyDictionary<string, string>)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));

    public static readonly Gen<IReadOnlyList<string>> Texts = Text.Array[0, 3].Select(a => (IReadOnlyList<string>)a);

    public static readonly Gen<Guid?> NullableId = Gen.Guid.Nullable();

    public static readonly Gen<int?> NullableInt = Gen.Int.Nullable();

    public static readonly Gen<IPAddress?> NullableAddress = Address.Null();

    public static readonly Gen<DateTimeOffset?> NullableTime =
        Gen.DateTimeOffset.Select(t => new DateTimeOffset(t.Ticks, TimeSpan.FromMinutes(t.Offset.TotalMinutes))).Nullable();

    public static readonly Gen<Vip> Vip =
        Gen.Select(NullableAddress, NullableId, NullableId, NullableId, NullableId, (address, network, subnet, port, qos) =>
            new Vip { Address = address, NetworkId = network, SubnetId = subnet, PortId = port, QosPolicyId = qos });

    public static readonly Gen<AdditionalVip> AdditionalVip =
        Gen.Select(Gen.Guid, NullableAddress, NullableId, NullableId, (subnet, address, network, port) =>
            new AdditionalVip { SubnetId = subnet, Address = address, NetworkId = network, PortId = port });

    public static readonly Gen<TlsCertificate> Certificate =
        Gen.Select(Text, NullableText, Text, NullableText, NullableText, Texts, (id, cn, pem, key, passphrase, intermediates) =>
            new TlsCertificate
            {
                Id = id,
                PrimaryCn = cn,
                Certificate = pem,
                PrivateKey = key,
                Passphrase = passphrase,
                Intermediates = intermediates,
            });

    public static readonly Gen<SessionPersistence> SessionPersistence =
        Gen.Select(Gen.Enum<SessionPersistenceType>(), NullableText, NullableInt, NullableText, (type, cookie, timeout, granularity) =>
            new SessionPersistence { Type = type, CookieName = cookie, PersistenceTimeout = timeout, PersistenceGranularity = granularity });

    public static readonly Gen<Member> Member =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, Text)
        from name in NullableText
        from adminStateUp in Gen.Bool
        from address in Address
        from port in Gen.Int
        from weight in Gen.Int
        from backup in Gen.Bool
        from subnet in NullableId
        from monitorAddress in NullableAddress
        from monitorPort in NullableInt
        select new Member
        {
            Id = ids.Item1,
            PoolId = ids.Item2,
            ProjectId = ids.Item3,
            Name = name,
            AdminStateUp = adminStateUp,
            Address = address,
            ProtocolPort = port,
            Weight = weight,
            Backup = backup,
            SubnetId = subnet,
            MonitorAddress = monitorAddress,
            MonitorPort = monitorPort,
        };

    public static readonly Gen<HealthMonitor> HealthMonitor =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, Text)
        from name in NullableText
        from adminStateUp in Gen.Bool
        from type in Gen.Enum<HealthMonitorType>()
        from timing in Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Int)
        from http in Gen.Select(NullableText, NullableText, NullableText, Gen.Double.Nullable(), NullableText)
        select new HealthMonitor
        {
            Id = ids.Item1,
            PoolId = ids.Item2,
            ProjectId = ids.Item3,
            Name = name,
            AdminStateUp = adminStateUp,
            Type = type,
            Delay = timing.Item1,
            Timeout = timing.Item2,
            MaxRetries = timing.Item3,
            MaxRetriesDown = timing.Item4,
            HttpMethod = http.Item1,
            UrlPath = http.Item2,
            ExpectedCodes = http.Item3,
            HttpVersion = http.Item4,
            DomainName = http.Item5,
        };

    public static readonly Gen<L7Rule> L7Rule =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, Text)
        from adminStateUp in Gen.Bool
        from type in Gen.Enum<L7RuleType>()
        from compareType in Gen.Enum<L7RuleCompareType>()
        from key in NullableText
        from value in Text
        from invert in Gen.Bool
        select new L7Rule
        {
            Id = ids.Item1,
            L7PolicyId = ids.Item2,
            ProjectId = ids.Item3,
            AdminStateUp = adminStateUp,
            Type = type,
            CompareType = compareType,
            Key = key,
            Value = value,
            Invert = invert,
        };

    public static readonly Gen<L7Policy> L7Policy =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, Text)
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from adminStateUp in Gen.Bool
        from action in Gen.Enum<L7PolicyAction>()
        from position in Gen.Int
        from redirectPool in NullableId
        from redirectCode in NullableInt
        from rules in L7Rule.Array[0, 2]
        select new L7Policy
        {
            Id = ids.Item1,
            ListenerId = ids.Item2,
            ProjectId = ids.Item3,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = adminStateUp,
            Action = action,
            Position = position,
            RedirectPoolId = redirectPool,
            RedirectUrl = texts.Item3,
            RedirectPrefix = texts.Item4,
            RedirectHttpCode = redirectCode,
            Rules = rules,
        };

    public static readonly Gen<Pool> Pool =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, NullableId, Text)
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from more in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from flags in Gen.Select(Gen.Bool, Gen.Bool)
        from protocol in Gen.Enum<Protocol>()
        from algorithm in Gen.Enum<LoadBalancingAlgorithm>()
        from persistence in SessionPersistence.Null()
        from monitor in HealthMonitor.Null()
        from members in Member.Array[0, 2]
        from certificate in Certificate.Null()
        from lists in Gen.Select(Texts, Texts)
        select new Pool
        {
            Id = ids.Item1,
            LoadBalancerId = ids.Item2,
            ListenerId = ids.Item3,
            ProjectId = ids.Item4,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = flags.Item1,
            Protocol = protocol,
            LbAlgorithm = algorithm,
            SessionPersistence = persistence,
            HealthMonitor = monitor,
            Members = members,
            TlsEnabled = flags.Item2,
            TlsContainerRef = texts.Item3,
            TlsContainerData = certificate,
            CaTlsContainerRef = texts.Item4,
            CaTlsContainerData = more.Item1,
            CrlContainerRef = more.Item2,
            CrlContainerData = more.Item3,
            TlsVersions = lists.Item1,
            TlsCiphers = more.Item4,
            AlpnProtocols = lists.Item2,
        };

    public static readonly Gen<Listener> Listener =
        from ids in Gen.Select(Gen.Guid, Gen.Guid, Text, NullableId)
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from more in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from ints in Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Int, Gen.Int, Gen.Int)
        from adminStateUp in Gen.Bool
        from protocol in Gen.Enum<Protocol>()
        from clientAuthentication in Gen.Enum<ClientAuthentication>()
        from defaultPool in Pool.Null()
        from certificate in Certificate.Null()
        from sni in Gen.Select(Texts, Certificate.Array[0, 2])
        from headers in StringMap
        from cidrs in Cidr.Array[0, 3]
        from lists in Gen.Select(Texts, Texts)
        from policies in L7Policy.Array[0, 2]
        select new Listener
        {
            Id = ids.Item1,
            LoadBalancerId = ids.Item2,
            ProjectId = ids.Item3,
            DefaultPoolId = ids.Item4,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = adminStateUp,
            Protocol = protocol,
            ProtocolPort = ints.Item1,
            ConnectionLimit = ints.Item2,
            DefaultPool = defaultPool,
            DefaultTlsContainerRef = texts.Item3,
            DefaultTlsContainerData = certificate,
            SniContainerRefs = sni.Item1,
            SniContainerData = sni.Item2,
            InsertHeaders = headers,
            TimeoutClientData = ints.Item3,
            TimeoutMemberConnect = ints.Item4,
            TimeoutMemberData = ints.Item5,
            TimeoutTcpInspect = ints.Item6,
            ClientCaTlsContainerRef = texts.Item4,
            ClientCaTlsContainerData = more.Item1,
            ClientAuthentication = clientAuthentication,
            ClientCrlContainerRef = more.Item2,
            ClientCrlContainerData = more.Item3,
            AllowedCidrs = cidrs,
            TlsVersions = lists.Item1,
            TlsCiphers = more.Item4,
            AlpnProtocols = lists.Item2,
            L7Policies = policies,
        };

    public static readonly Gen<LoadBalancer> LoadBalancer =
        from id in Gen.Guid
        from project in Text
        from texts in Gen.Select(NullableText, NullableText, NullableText)
        from adminStateUp in Gen.Bool
        from vip in Vip
        from additionalVips in AdditionalVip.Array[0, 2]
        from flavor in Metadata
        from zoneMetadata in Metadata
        from listeners in Listener.Array[0, 2]
        from pools in Pool.Array[0, 2]
        select new LoadBalancer
        {
            Id = id,
            ProjectId = project,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = adminStateUp,
            Vip = vip,
            AdditionalVips = additionalVips,
            Flavor = flavor,
            AvailabilityZone = texts.Item3,
            AvailabilityZoneMetadata = zoneMetadata,
            Listeners = listeners,
            Pools = pools,
        };

    public static readonly Gen<Capabilities> Capabilities =
        from version in Gen.Select(Gen.Int, Gen.Int)
        from listenerProtocols in Gen.Enum<Protocol>().Array[0, 4]
        from poolProtocols in Gen.Enum<Protocol>().Array[0, 4]
        from algorithms in Gen.Enum<LoadBalancingAlgorithm>().Array[0, 4]
        from persistence in Gen.Enum<SessionPersistenceType>().Array[0, 3]
        from monitors in Gen.Enum<HealthMonitorType>().Array[0, 4]
        from ruleTypes in Gen.Enum<L7RuleType>().Array[0, 4]
        from topologies in Gen.Enum<Topology>().Array[0, 2]
        from features in Gen.OneOf(Gen.Int[0, ProviderFeature.All.Count - 1].Select(i => ProviderFeature.All[i]), Text).Array[0, 5]
        select new Capabilities
        {
            ContractVersion = new ContractVersion(version.Item1, version.Item2),
            ListenerProtocols = listenerProtocols,
            PoolProtocols = poolProtocols,
            Algorithms = algorithms,
            SessionPersistenceTypes = persistence,
            HealthMonitorTypes = monitors,
            L7RuleTypes = ruleTypes,
            Topologies = topologies,
            Features = features,
        };

    public static readonly Gen<MetadataKey> MetadataKey = Gen.Select(Text, Text, (name, description) => new MetadataKey(name, description));

    public static readonly Gen<StatusEntry> StatusEntry =
        Gen.Select(Gen.Guid, Gen.Enum<ProvisioningStatus>().Nullable(), Gen.Enum<OperatingStatus>().Nullable(),
            (id, provisioning, operating) => new StatusEntry(id, provisioning, operating));

    public static readonly Gen<StatusUpdate> StatusUpdate =
        from lists in Gen.Select(StatusEntry.Array[0, 3], StatusEntry.Array[0, 3], StatusEntry.Array[0, 3], StatusEntry.Array[0, 3])
        from more in Gen.Select(StatusEntry.Array[0, 3], StatusEntry.Array[0, 3], StatusEntry.Array[0, 3])
        select new StatusUpdate
        {
            LoadBalancers = lists.Item1,
            Listeners = lists.Item2,
            Pools = lists.Item3,
            Members = lists.Item4,
            HealthMonitors = more.Item1,
            L7Policies = more.Item2,
            L7Rules = more.Item3,
        };

    public static readonly Gen<ListenerStatistics> ListenerStatistics =
        Gen.Select(Gen.Guid, Gen.Long, Gen.Long, Gen.Long, Gen.Long, Gen.Long, (id, active, bytesIn, bytesOut, errors, total) =>
            new ListenerStatistics
            {
                ListenerId = id,
                ActiveConnections = active,
                BytesIn = bytesIn,
                BytesOut = bytesOut,
                RequestErrors = errors,
                TotalConnections = total,
            });

    public static readonly Gen<Amphora> Amphora =
        from ids in Gen.Select(Gen.Guid, NullableId, NullableId, NullableId)
        from addresses in Gen.Select(NullableAddress, NullableAddress, NullableAddress)
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from more in Gen.Select(NullableText, NullableText, Text)
        from times in Gen.Select(NullableTime, NullableTime, NullableTime)
        from certBusy in Gen.Bool
        from vrrp in Gen.Select(NullableInt, NullableInt)
        select new Amphora
        {
            Id = ids.Item1,
            LoadBalancerId = ids.Item2,
            VrrpPortId = ids.Item3,
            HaPortId = ids.Item4,
            LbNetworkIp = addresses.Item1,
            VrrpIp = addresses.Item2,
            HaIp = addresses.Item3,
            ComputeId = texts.Item1,
            Role = texts.Item2,
            VrrpInterface = texts.Item3,
            CachedZone = texts.Item4,
            ImageId = more.Item1,
            ComputeFlavor = more.Item2,
            Status = more.Item3,
            CertExpiration = times.Item1,
            CreatedAt = times.Item2,
            UpdatedAt = times.Item3,
            CertBusy = certBusy,
            VrrpId = vrrp.Item1,
            VrrpPriority = vrrp.Item2,
        };

    public static readonly Gen<AmphoraStatistics> AmphoraStatistics =
        Gen.Select(Gen.Guid, Gen.Guid, Gen.Guid, ListenerStatistics, (amphora, loadBalancer, listener, counters) =>
            new AmphoraStatistics { AmphoraId = amphora, LoadBalancerId = loadBalancer, ListenerId = listener, Counters = counters });

    public static readonly Gen<Network> Network =
        Gen.Select(Gen.Guid, NullableText, NullableText, Gen.Guid.Array[0, 3], Gen.Int, Gen.Bool, (id, name, project, subnets, mtu, shared) =>
            new Network { Id = id, Name = name, ProjectId = project, SubnetIds = subnets, Mtu = mtu, Shared = shared });

    public static readonly Gen<Subnet> Subnet =
        Gen.Select(Gen.Guid, NullableText, Gen.Guid, NullableText, Cidr, NullableAddress, (id, name, network, project, cidr, gateway) =>
            new Subnet { Id = id, Name = name, NetworkId = network, ProjectId = project, Cidr = cidr, GatewayIp = gateway });

    public static readonly Gen<FixedIp> FixedIp = Gen.Select(Gen.Guid, Address, (subnet, address) => new FixedIp(subnet, address));

    public static readonly Gen<Port> Port =
        from ids in Gen.Select(Gen.Guid, Gen.Guid)
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText, NullableText)
        from fixedIps in FixedIp.Array[0, 3]
        from groups in Gen.Guid.Array[0, 3]
        from adminStateUp in Gen.Bool
        select new Port
        {
            Id = ids.Item1,
            NetworkId = ids.Item2,
            Name = texts.Item1,
            ProjectId = texts.Item2,
            MacAddress = texts.Item3,
            DeviceOwner = texts.Item4,
            DeviceId = texts.Item5,
            FixedIps = fixedIps,
            SecurityGroupIds = groups,
            AdminStateUp = adminStateUp,
        };

    public static readonly Gen<CreatePortRequest> CreatePortRequest =
        from ids in Gen.Select(Gen.Guid, NullableId, NullableId)
        from address in NullableAddress
        from texts in Gen.Select(NullableText, NullableText, NullableText, NullableText)
        from groups in Gen.Guid.Array[0, 3]
        select new CreatePortRequest
        {
            NetworkId = ids.Item1,
            SubnetId = ids.Item2,
            QosPolicyId = ids.Item3,
            IpAddress = address,
            Name = texts.Item1,
            ProjectId = texts.Item2,
            DeviceOwner = texts.Item3,
            DeviceId = texts.Item4,
            SecurityGroupIds = groups,
        };

    public static readonly Gen<SecurityGroupRule> SecurityGroupRule =
        Gen.Select(Text, NullableText, NullableInt, NullableInt, NullableText, (direction, protocol, min, max, prefix) =>
            new SecurityGroupRule { Direction = direction, Protocol = protocol, PortRangeMin = min, PortRangeMax = max, RemoteIpPrefix = prefix });

    public static readonly Gen<SecurityGroup> SecurityGroup =
        Gen.Select(Gen.Guid, NullableText, NullableText, SecurityGroupRule.Array[0, 3], (id, name, project, rules) =>
            new SecurityGroup { Id = id, Name = name, ProjectId = project, Rules = rules });

    /// <summary>Makes a tri-state field: unset, or set to whatever <paramref name="value"/> gives (null included).</summary>
    public static Gen<Optional<T>> Sparse<T>(Gen<T> value) =>
        Gen.Frequency((1, Gen.Const(Optional<T>.Unset)), (2, value.Select(v => new Optional<T>(v))));

    private static byte[] Mask(byte[] bytes, int prefix)
    {
        var masked = (byte[])bytes.Clone();
        for (var bit = prefix; bit < masked.Length * 8; bit++)
        {
            masked[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return masked;
    }
}
