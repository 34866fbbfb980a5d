using Lbaas.Sdk.Plugins.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Lbaas.Sdk.Plugins.Tests;

public sealed class ProviderPluginLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ChannelDriverLib _driverLib = new();

    private ProviderHostServices HostServices => new() { DriverLib = _driverLib, Network = new NullNetworkClient() };

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_deployed_noop_plugin_loads_and_its_driver_is_the_hosts_IProviderDriver()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        Assert.False(File.Exists(Path.Combine(folder, "Lbaas.Sdk.dll")), "the contract must not be copied into the plugin folder");

        await using var provider = ProviderPluginLoader.Load(folder, HostServices, configuration: null);

        Assert.Equal("noop", provider.Name);
        Assert.Equal(ProviderContract.Major, provider.ContractMajor);
        Assert.IsAssignableFrom<IProviderDriver>(provider.Driver);
        Assert.IsAssignableFrom<IAmphoraAdministration>(provider.Driver);
        Assert.Same(provider.Driver, provider.Services.GetService(typeof(IProviderDriver)));
        Assert.NotSame(typeof(ProviderPluginLoaderTests).Assembly, provider.Driver.GetType().Assembly);
        var capabilities = await provider.Driver.GetCapabilitiesAsync(CancellationToken.None);
        Assert.True(capabilities.Supports(ProviderFeature.Failover));
    }

    [Fact]
    public async Task Loading_a_folder_again_reuses_its_loaded_code_with_a_new_driver_and_a_replaced_file_is_loaded_anew()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        await using var first = ProviderPluginLoader.Load(folder, HostServices, configuration: null);
        await using var second = ProviderPluginLoader.Load(folder, HostServices, configuration: null);

        Assert.Same(first.Driver.GetType(), second.Driver.GetType());
        Assert.NotSame(first.Driver, second.Driver);
        await first.DisposeAsync();
        Assert.NotNull(await second.Driver.GetCapabilitiesAsync(CancellationToken.None));

        // A new build of the plugin dropped into the folder: another file, so another load context.
        var assembly = Path.Combine(folder, "Lbaas.Drivers.Noop.dll");
        File.SetLastWriteTimeUtc(assembly, File.GetLastWriteTimeUtc(assembly).AddMinutes(1));
        await using var third = ProviderPluginLoader.Load(folder, HostServices, configuration: null);
        Assert.NotSame(first.Driver.GetType(), third.Driver.GetType());
    }

    [Fact]
    public async Task The_noop_plugins_hosted_services_are_exposed_and_start_and_stop()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        await using var provider = ProviderPluginLoader.Load(folder, HostServices, configuration: null);

        var hosted = Assert.Single(provider.HostedServices);
        Assert.IsAssignableFrom<IHostedService>(hosted);
        await provider.StartAsync(CancellationToken.None);
        await provider.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_noop_driver_reports_through_the_hosts_DriverLib()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        await using var provider = ProviderPluginLoader.Load(folder, HostServices, configuration: null);
        var lb = new LoadBalancer { Id = Guid.NewGuid(), ProjectId = "p" };

        await provider.Driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, CancellationToken.None);

        await _driverLib.WaitForLoadBalancerAsync(lb.Id, ProvisioningStatus.Active, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_bad_plugin_setting_stops_loading_with_a_message_naming_the_key()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportDelay"] = "02:00:00" }).Build();

        var error = Assert.Throws<PluginLoadException>(() => ProviderPluginLoader.Load(folder, HostServices, configuration));

        Assert.Contains("ReportDelay", error.Message, StringComparison.Ordinal);
        Assert.Equal(folder, error.PluginDirectory);
    }

    [Fact]
    public void A_plugin_built_for_another_contract_major_is_refused_naming_both_majors()
    {
        var folder = _temp.DeployPlugin(BuildOutputs.FutureMajorPlugin, "Lbaas.Sdk.TestPlugins.FutureMajor");

        var error = Assert.Throws<ContractVersionMismatchException>(() => ProviderPluginLoader.Load(folder, HostServices, configuration: null));

        Assert.Equal(2, error.Remote.Major);
        Assert.Equal(ProviderContract.Major, error.Local.Major);
        Assert.Contains("contract major 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("this host 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_plugin_is_refused_naming_the_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "plugins", "Empty")).FullName;
        File.WriteAllText(Path.Combine(folder, "README.txt"), "not a plugin");

        var error = Assert.Throws<PluginLoadException>(() => ProviderPluginLoader.Load(folder, HostServices, configuration: null));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
        Assert.Contains("no plugin assembly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_refused_naming_it()
    {
        var folder = Path.Combine(_temp.Path, "plugins", "Missing");

        var error = Assert.Throws<PluginLoadException>(() => ProviderPluginLoader.Load(folder, HostServices, configuration: null));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugin_folders_are_found_by_their_assembly_name()
    {
        var noop = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        Directory.CreateDirectory(Path.Combine(_temp.Path, "plugins", "not-a-plugin"));

        var found = ProviderPluginLoader.FindPluginDirectories(Path.Combine(_temp.Path, "plugins"));

        Assert.Equal([noop], found);
        Assert.Empty(ProviderPluginLoader.FindPluginDirectories(Path.Combine(_temp.Path, "nowhere")));
    }
}
