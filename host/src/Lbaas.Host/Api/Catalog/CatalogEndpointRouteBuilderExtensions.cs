using Lbaas.Host.Api.Amphorae;
using Lbaas.Host.Api.AvailabilityZones;
using Lbaas.Host.Api.Flavors;
using Lbaas.Host.Api.Providers;
using Lbaas.Host.Api.Quotas;
using Lbaas.Host.Api.Root;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Sdk.Grpc;

namespace Lbaas.Host.Api.Catalog;

/// <summary>Maps the catalog's endpoints: version documents, the Neutron subset, flavors, zones, providers, quotas,
/// amphorae, and the gRPC services remote drivers call back (<c>DriverLib</c>, <c>Network</c>).</summary>
public static class CatalogEndpointRouteBuilderExtensions
{
    /// <summary>The prefixes the amphora admin API answers on.</summary>
    public static IReadOnlyList<string> AmphoraPrefixes { get; } = ["/v2/octavia", "/v2.0/octavia"];

    /// <summary>Maps every catalog endpoint.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapVersionDocuments();
        app.MapNeutronApi();
        app.MapOctaviaGroups(group =>
        {
            group.MapFlavorApi();
            group.MapAvailabilityZoneApi();
            group.MapProviderApi();
            group.MapQuotaApi();
        });
        foreach (var prefix in AmphoraPrefixes)
        {
            app.MapGroup(prefix).MapAmphoraApi();
        }

        app.MapGrpcService<DriverLibGrpcService>();
        app.MapGrpcService<NetworkGrpcService>();
        return app;
    }
}
