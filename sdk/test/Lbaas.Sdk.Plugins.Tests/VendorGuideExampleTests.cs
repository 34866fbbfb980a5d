using Contoso.Lbaas.Tiny;
using Lbaas.Sdk.Plugins.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Sdk.Plugins.Tests;

/// <summary>Keeps the example in docs/vendor-guide.md compiling, working and quoted verbatim.</summary>
public sealed class VendorGuideExampleTests
{
    [Fact]
    public void The_vendor_guide_quotes_the_example_provider_verbatim()
    {
        var root = RepositoryRoot();
        var example = Normalize(File.ReadAllText(Path.Combine(root, "sdk", "test", "Lbaas.Sdk.Plugins.Tests", "VendorGuide", "TinyProvider.cs")));
        var guide = Normalize(File.ReadAllText(Path.Combine(root, "docs", "vendor-guide.md")));

        Assert.True(guide.Contains("```csharp\n" + example + "```", StringComparison.Ordinal),
            "docs/vendor-guide.md must quote VendorGuide/TinyProvider.cs verbatim in a ```csharp block; copy the file into the guide.");
    }

    [Fact]
    public async Task The_example_provider_reports_a_full_load_balancer_active_and_deleted()
    {
        var driverLib = new ChannelDriverLib();
        var services = new ServiceCollection().AddSingleton<IDriverLib>(driverLib);
        new TinyProviderPlugin().ConfigureServices(services, new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        var driver = provider.GetRequiredService<IProviderDriver>();
        var lb = new LoadBalancer { Id = Guid.NewGuid(), ProjectId = "p" };

        await driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, CancellationToken.None);
        await driverLib.WaitForLoadBalancerAsync(lb.Id, ProvisioningStatus.Active, TimeSpan.FromSeconds(10));
        await driver.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancer = lb, Cascade = true }, CancellationToken.None);
        await driverLib.WaitForLoadBalancerAsync(lb.Id, ProvisioningStatus.Deleted, TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<UnsupportedOptionException>(() => driver.ValidateFlavorAsync(
            new ValidateMetadataRequest { Metadata = new Dictionary<string, System.Text.Json.JsonElement> { ["size"] = default } }, CancellationToken.None));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Providers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Providers.sln above {AppContext.BaseDirectory}.");
    }
}
