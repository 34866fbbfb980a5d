using System.Reflection;
using Google.Protobuf.Reflection;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Every rpc the protos declare has a server override and a client method, so a new rpc cannot ship answering
/// UNIMPLEMENTED by accident.</summary>
public sealed class ServiceCoverageTests
{
    public static TheoryData<string> Services => ["ProviderDriverService", "DriverLibService", "NetworkService"];

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_rpc_is_served_and_called(string service)
    {
        var (descriptor, server, client) = service switch
        {
            "ProviderDriverService" => (P.ProviderDriverService.Descriptor, typeof(ProviderDriverGrpcService), typeof(GrpcProviderDriver)),
            "DriverLibService" => (P.DriverLibService.Descriptor, typeof(DriverLibGrpcService), typeof(GrpcDriverLib)),
            _ => (P.NetworkService.Descriptor, typeof(NetworkGrpcService), typeof(GrpcNetworkClient)),
        };

        Assert.Empty(Missing(descriptor, m => server.GetMethod(m.Name, BindingFlags.Public | BindingFlags.Instance)?.DeclaringType == server));
        Assert.Empty(Missing(descriptor, m => client.GetMethod(m.Name + "Async", BindingFlags.Public | BindingFlags.Instance) is not null));
    }

    private static List<string> Missing(ServiceDescriptor service, Func<MethodDescriptor, bool> covered) =>
        [.. service.Methods.Where(m => !covered(m)).Select(m => m.Name)];
}
