using System.Net;
using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Persistence;

/// <summary>Turns stored rows into the contract's provider objects.</summary>
public static class ProviderModelMapper
{
    public static LoadBalancer ToModel(LoadBalancerGraph g, bool withChildren = true)
    {
        var lb = g.LoadBalancer;
        return new LoadBalancer
        {
            Id = lb.Id,
            ProjectId = lb.ProjectId,
            Name = lb.Name,
            Description = lb.Description,
            AdminStateUp = lb.AdminStateUp,
            Vip = ToVip(lb),
            AdditionalVips = lb.AdditionalVips.Select(v => new AdditionalVip
            {
                SubnetId = v.SubnetId,
                NetworkId = v.NetworkId,
                PortId = v.PortId,
                Address = v.IpAddress is null ? null : IPAddress.Parse(v.IpAddress),
            }).ToList(),
            Flavor = ParseMetadata(lb.FlavorMetadata),
            AvailabilityZone = lb.AvailabilityZone,
            AvailabilityZoneMetadata = ParseMetadata(lb.AvailabilityZoneMetadata),
            Listeners = withChildren ? g.Listeners.Select(l => ToModel(g, l)).ToList() : [],
            Pools = withChildren ? g.Pools.Select(p => ToModel(g, p)).ToList() : [],
        };
    }

    public static Vip ToVip(LoadBalancerEntity lb) => new()
    {
        Address = lb.VipAddress is null ? null : IPAddress.Parse(lb.VipAddress),
        NetworkId = lb.VipNetworkId,
        SubnetId = lb.VipSubnetId,
        PortId = lb.VipPortId,
        QosPolicyId = lb.VipQosPolicyId,
    };

    public static IReadOnlyDictionary<string, JsonElement> ParseMetadata(string json)
    {
        if (string.IsNullOrEmpty(json) || json == "{}")
        {
            return EmptyMetadata.Instance;
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public static Listener ToModel(LoadBalancerGraph g, ListenerEntity l) => new()
    {
        Id = l.Id,
        LoadBalancerId = l.LoadBalancerId,
        ProjectId = l.ProjectId,
        Name = l.Name,
        Description = l.Description,
        AdminStateUp = l.AdminStateUp,
        Protocol = WireName.Parse<Protocol>(l.Protocol),
        ProtocolPort = l.ProtocolPort,
        ConnectionLimit = l.ConnectionLimit,
        DefaultPoolId = l.DefaultPoolId,
        DefaultPool = l.DefaultPoolId is { } pid && g.Pools.FirstOrDefault(p => p.Id == pid) is { } pool ? ToModel(g, pool) : null,
        DefaultTlsContainerRef = l.DefaultTlsContainerRef,
        SniContainerRefs = l.SniContainerRefs,
        InsertHeaders = l.InsertHeaders,
        TimeoutClientData = l.TimeoutClientData,
        TimeoutMemberConnect = l.TimeoutMemberConnect,
        TimeoutMemberData = l.TimeoutMemberData,
        TimeoutTcpInspect = l.TimeoutTcpInspect,
        ClientCaTlsContainerRef = l.ClientCaTlsContainerRef,
        ClientAuthentication = WireName.Parse<ClientAuthentication>(l.ClientAuthentication),
        ClientCrlContainerRef = l.ClientCrlContainerRef,
        AllowedCidrs = l.AllowedCidrs.Select(c => IPNetwork.Parse(c)).ToList(),
        TlsVersions = l.TlsVersions,
        TlsCiphers = l.TlsCiphers,
        AlpnProtocols = l.AlpnProtocols,
        L7Policies = g.PoliciesOf(l.Id).Select(p => ToModel(g, p)).ToList(),
    };

    public static Pool ToModel(LoadBalancerGraph g, PoolEntity p) => new()
    {
        Id = p.Id,
        LoadBalancerId = p.LoadBalancerId,
        ListenerId = g.ListenerIdsOf(p.Id).Cast<Guid?>().FirstOrDefault(),
        ProjectId = p.ProjectId,
        Name = p.Name,
        Description = p.Description,
        AdminStateUp = p.AdminStateUp,
        Protocol = WireName.Parse<Protocol>(p.Protocol),
        LbAlgorithm = WireName.Parse<LoadBalancingAlgorithm>(p.LbAlgorithm),
        SessionPersistence = p.SessionPersistenceType is null
            ? null
            : new SessionPersistence
            {
                Type = WireName.Parse<SessionPersistenceType>(p.SessionPersistenceType),
                CookieName = p.SessionPersistenceCookieName,
                PersistenceTimeout = p.SessionPersistenceTimeout,
                PersistenceGranularity = p.SessionPersistenceGranularity,
            },
        HealthMonitor = g.HealthMonitorOf(p.Id) is { } hm ? ToModel(hm) : null,
        Members = g.MembersOf(p.Id).Select(ToModel).ToList(),
        TlsEnabled = p.TlsEnabled,
        TlsContainerRef = p.TlsContainerRef,
        CaTlsContainerRef = p.CaTlsContainerRef,
        CrlContainerRef = p.CrlContainerRef,
        TlsVersions = p.TlsVersions,
        TlsCiphers = p.TlsCiphers,
        AlpnProtocols = p.AlpnProtocols,
    };

    public static Member ToModel(MemberEntity m) => new()
    {
        Id = m.Id,
        PoolId = m.PoolId,
        ProjectId = m.ProjectId,
        Name = m.Name,
        AdminStateUp = m.AdminStateUp,
        Address = IPAddress.Parse(m.Address),
        ProtocolPort = m.ProtocolPort,
        Weight = m.Weight,
        Backup = m.Backup,
        SubnetId = m.SubnetId,
        MonitorAddress = m.MonitorAddress is null ? null : IPAddress.Parse(m.MonitorAddress),
        MonitorPort = m.MonitorPort,
    };

    public static HealthMonitor ToModel(HealthMonitorEntity h) => new()
    {
        Id = h.Id,
        PoolId = h.PoolId,
        ProjectId = h.ProjectId,
        Name = h.Name,
        AdminStateUp = h.AdminStateUp,
        Type = WireName.Parse<HealthMonitorType>(h.Type),
        Delay = h.Delay,
        Timeout = h.Timeout,
        MaxRetries = h.MaxRetries,
        MaxRetriesDown = h.MaxRetriesDown,
        HttpMethod = h.HttpMethod,
        UrlPath = h.UrlPath,
        ExpectedCodes = h.ExpectedCodes,
        HttpVersion = h.HttpVersion,
        DomainName = h.DomainName,
    };

    public static L7Policy ToModel(LoadBalancerGraph g, L7PolicyEntity p) => new()
    {
        Id = p.Id,
        ListenerId = p.ListenerId,
        ProjectId = p.ProjectId,
        Name = p.Name,
        Description = p.Description,
        AdminStateUp = p.AdminStateUp,
        Action = WireName.Parse<L7PolicyAction>(p.Action),
        Position = p.Position,
        RedirectPoolId = p.RedirectPoolId,
        RedirectUrl = p.RedirectUrl,
        RedirectPrefix = p.RedirectPrefix,
        RedirectHttpCode = p.RedirectHttpCode,
        Rules = g.RulesOf(p.Id).Select(ToModel).ToList(),
    };

    public static L7Rule ToModel(L7RuleEntity r) => new()
    {
        Id = r.Id,
        L7PolicyId = r.L7PolicyId,
        ProjectId = r.ProjectId,
        AdminStateUp = r.AdminStateUp,
        Type = WireName.Parse<L7RuleType>(r.Type),
        CompareType = WireName.Parse<L7RuleCompareType>(r.CompareType),
        Key = r.Key,
        Value = r.Value,
        Invert = r.Invert,
    };
}
