using Lbaas.Host.NetworkCatalog;

namespace Lbaas.Host.Tests.Support;

/// <summary>Names the subnets the network catalog serves by default.</summary>
public static class Subnets
{
    public static Guid Vip => NetworkCatalogOptions.VipSubnetId;

    public static Guid Member => NetworkCatalogOptions.MemberSubnetId;
}
