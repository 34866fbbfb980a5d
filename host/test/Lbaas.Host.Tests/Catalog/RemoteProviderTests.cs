using Lbaas.Host.Providers;
using Lbaas.Host.Tests.Support;
using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Host.Tests.Catalog;

public sealed class RemoteProviderTests
{
    [Fact]
    public async Task A_remote_provider_reached_over_grpc_serves_capabilities_and_validates_profiles()
    {
        // The vendor's side: a driver served over gRPC on an in-memory server.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IProviderDriver>(new FakeDriver(() => throw new InvalidOperationException("no callbacks here")));
        await using var remote = builder.Build();
        remote.MapGrpcService<ProviderDriverGrpcService>();
        await remote.StartAsync();
        var server = remote.GetTestServer();

        await using var host = CatalogHost.Start(
            new()
            {
                ["Lbaas:Providers:Enabled:noop:Description"] = "noop",
                ["Lbaas:Providers:Enabled:vendor:Url"] = "http://vendor.example:9000",
                ["Lbaas:Providers:Enabled:vendor:Description"] = "A vendor's provider",
            },
            services: s => s.AddSingleton<RemoteProviderHandlerFactory>(_ => server.CreateHandler()));

        var (_, providers) = await host.GetAsync("/v2/lbaas/providers");
        Assert.Contains(providers.GetProperty("providers").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "vendor" && p.GetProperty("description").GetString() == "A vendor's provider");

        var (status, body) = await host.GetAsync("/v2/lbaas/providers/vendor/flavor_capabilities");
        Assert.True(status == 200, body.ToString());
        Assert.Equal(0, body.GetProperty("flavor_capabilities").GetArrayLength());

        var profile = await host.CreateFlavorProfileAsync(provider: "vendor");
        Assert.False(string.IsNullOrEmpty(profile));
        await remote.StopAsync();
    }
}
