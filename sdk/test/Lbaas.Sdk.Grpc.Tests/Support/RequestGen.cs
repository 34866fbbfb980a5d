using System.Net;
using CsCheck;
using Lbaas.Sdk.V1;
using G = Lbaas.Sdk.Grpc.Tests.Support.ContractGen;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Generators for every request record of <see cref="IProviderDriver"/>, sparse fields in all three states.</summary>
public static class RequestGen
{
    private static readonly Gen<Optional<string?>> OptText = G.Sparse(G.NullableText);
    private static readonly Gen<Optional<bool>> OptBool = G.Sparse(Gen.Bool);
    private static readonly Gen<Optional<int>> OptInt = G.Sparse(Gen.Int);
    private static readonly Gen<Optional<int?>> OptNullableInt = G.Sparse(G.NullableInt);
    private static readonly Gen<Optional<Guid?>> OptId = G.Sparse(G.NullableId);
    private static readonly Gen<Optional<IReadOnlyList<string>>> OptTexts = G.Sparse(G.Texts);

    public static readonly Gen<CreateVipPortRequest> CreateVipPort =
        Gen.Select(Gen.Guid, G.Text, G.Vip, G.AdditionalVip.Array[0, 3], (id, project, vip, additional) =>
            new CreateVipPortRequest { LoadBalancerId = id, ProjectId = project, Vip = vip, AdditionalVips = additional });

    public static readonly Gen<CreateVipPortResult> CreateVipPortResult =
        Gen.Select(G.Vip, G.AdditionalVip.Array[0, 3], Gen.Bool, (vip, additional, owned) =>
            new CreateVipPortResult { Vip = vip, AdditionalVips = additional, PortOwnedByHost = owned });

    public static readonly Gen<UpdateLoadBalancerRequest> UpdateLoadBalancer =
        Gen.Select(G.LoadBalancer, OptText, OptText, OptBool, OptId, (current, name, description, adminStateUp, qos) =>
            new UpdateLoadBalancerRequest
            {
                Current = current,
                Name = name,
                Description = description,
                AdminStateUp = adminStateUp,
                VipQosPolicyId = qos,
            });

    public static readonly Gen<UpdateListenerRequest> UpdateListener =
        from current in G.Listener
        from texts in Gen.Select(OptText, OptText, OptText, OptText, OptText, OptText, OptText, OptText)
        from adminStateUp in OptBool
        from ints in Gen.Select(OptInt, OptInt, OptInt, OptInt, OptInt)
        from defaultPoolId in OptId
        from certificate in G.Sparse(G.Certificate.Null())
        from sni in Gen.Select(OptTexts, G.Sparse(G.Certificate.Array[0, 2].Select(a => (IReadOnlyList<TlsCertificate>)a)))
        from headers in G.Sparse(G.StringMap)
        from clientAuthentication in G.Sparse(Gen.Enum<ClientAuthentication>())
        from cidrs in G.Sparse(G.Cidr.Array[0, 3].Select(a => (IReadOnlyList<IPNetwork>)a))
        from lists in Gen.Select(OptTexts, OptTexts)
        select new UpdateListenerRequest
        {
            Current = current,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = adminStateUp,
            ConnectionLimit = ints.Item1,
            DefaultPoolId = defaultPoolId,
            DefaultTlsContainerRef = texts.Item3,
            DefaultTlsContainerData = certificate,
            SniContainerRefs = sni.Item1,
            SniContainerData = sni.Item2,
            InsertHeaders = headers,
            TimeoutClientData = ints.Item2,
            TimeoutMemberConnect = ints.Item3,
            TimeoutMemberData = ints.Item4,
            TimeoutTcpInspect = ints.Item5,
            ClientCaTlsContainerRef = texts.Item4,
            ClientCaTlsContainerData = texts.Item5,
            ClientAuthentication = clientAuthentication,
            ClientCrlContainerRef = texts.Item6,
            ClientCrlContainerData = texts.Item7,
            AllowedCidrs = cidrs,
            TlsVersions = lists.Item1,
            TlsCiphers = texts.Item8,
            AlpnProtocols = lists.Item2,
        };

    public static readonly Gen<UpdatePoolRequest> UpdatePool =
        from current in G.Pool
        from texts in Gen.Select(OptText, OptText, OptText, OptText, OptText, OptText, OptText, OptText)
        from flags in Gen.Select(OptBool, OptBool)
        from algorithm in G.Sparse(Gen.Enum<LoadBalancingAlgorithm>())
        from persistence in G.Sparse(G.SessionPersistence.Null())
        from certificate in G.Sparse(G.Certificate.Null())
        from lists in Gen.Select(OptTexts, OptTexts)
        select new UpdatePoolRequest
        {
            Current = current,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = flags.Item1,
            LbAlgorithm = algorithm,
            SessionPersistence = persistence,
            TlsEnabled = flags.Item2,
            TlsContainerRef = texts.Item3,
            TlsContainerData = certificate,
            CaTlsContainerRef = texts.Item4,
            CaTlsContainerData = texts.Item5,
            CrlContainerRef = texts.Item6,
            CrlContainerData = texts.Item7,
            TlsVersions = lists.Item1,
            TlsCiphers = texts.Item8,
            AlpnProtocols = lists.Item2,
        };

    public static readonly Gen<UpdateMemberRequest> UpdateMember =
        from current in G.Member
        from name in OptText
        from flags in Gen.Select(OptBool, OptBool)
        from weight in OptInt
        from monitorAddress in G.Sparse(G.NullableAddress)
        from monitorPort in OptNullableInt
        select new UpdateMemberRequest
        {
            Current = current,
            Name = name,
            AdminStateUp = flags.Item1,
            Weight = weight,
            Backup = flags.Item2,
            MonitorAddress = monitorAddress,
            MonitorPort = monitorPort,
        };

    public static readonly Gen<UpdateHealthMonitorRequest> UpdateHealthMonitor =
        from current in G.HealthMonitor
        from texts in Gen.Select(OptText, OptText, OptText, OptText, OptText)
        from adminStateUp in OptBool
        from ints in Gen.Select(OptInt, OptInt, OptInt, OptInt)
        from httpVersion in G.Sparse(Gen.Double.Nullable())
        select new UpdateHealthMonitorRequest
        {
            Current = current,
            Name = texts.Item1,
            AdminStateUp = adminStateUp,
            Delay = ints.Item1,
            Timeout = ints.Item2,
            MaxRetries = ints.Item3,
            MaxRetriesDown = ints.Item4,
            HttpMethod = texts.Item2,
            UrlPath = texts.Item3,
            ExpectedCodes = texts.Item4,
            HttpVersion = httpVersion,
            DomainName = texts.Item5,
        };

    public static readonly Gen<UpdateL7PolicyRequest> UpdateL7Policy =
        from current in G.L7Policy
        from texts in Gen.Select(OptText, OptText, OptText, OptText)
        from adminStateUp in OptBool
        from action in G.Sparse(Gen.Enum<L7PolicyAction>())
        from position in OptInt
        from redirectPoolId in OptId
        from redirectHttpCode in OptNullableInt
        select new UpdateL7PolicyRequest
        {
            Current = current,
            Name = texts.Item1,
            Description = texts.Item2,
            AdminStateUp = adminStateUp,
            Action = action,
            Position = position,
            RedirectPoolId = redirectPoolId,
            RedirectUrl = texts.Item3,
            RedirectPrefix = texts.Item4,
            RedirectHttpCode = redirectHttpCode,
        };

    public static readonly Gen<UpdateL7RuleRequest> UpdateL7Rule =
        from current in G.L7Rule
        from flags in Gen.Select(OptBool, OptBool)
        from type in G.Sparse(Gen.Enum<L7RuleType>())
        from compareType in G.Sparse(Gen.Enum<L7RuleCompareType>())
        from key in OptText
        from value in G.Sparse(G.Text)
        select new UpdateL7RuleRequest
        {
            Current = current,
            AdminStateUp = flags.Item1,
            Type = type,
            CompareType = compareType,
            Key = key,
            Value = value,
            Invert = flags.Item2,
        };

    public static readonly Gen<ValidateMetadataRequest> ValidateMetadata =
        G.Metadata.Select(m => new ValidateMetadataRequest { Metadata = m });
}
