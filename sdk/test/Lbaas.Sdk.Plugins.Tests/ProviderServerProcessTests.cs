using Lbaas.Sdk.Grpc;
using Lbaas.Sdk.Plugins.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Plugins.Tests;

/// <summary>Runs <c>lbaas-provider-server</c> as a real process with the deployed noop plugin.</summary>
public sealed class ProviderServerProcessTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _temp = new();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(90));

    public void Dispose()
    {
        _timeout.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task The_provider_server_serves_the_noop_plugin_and_its_status_reports_reach_the_host()
    {
        var plugin = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        var hostSocket = Path.Combine(_temp.Path, "host.sock");
        var providerSocket = Path.Combine(_temp.Path, "provider.sock");
        var driverLib = new ChannelDriverLib();
        await using var host = await HostGrpcServer.StartAsync(hostSocket, driverLib, new NullNetworkClient(), _timeout.Token);
        await using var server = ProviderServerProcess.Start(
            "--plugin", plugin, "--listen", $"unix:{providerSocket}", "--host-url", $"unix:{hostSocket}");

        var line = await server.WaitUntilServingAsync(StartTimeout);
        Assert.Equal($"lbaas-provider-server: serving provider 'noop' on unix:{providerSocket}", line);

        using var channel = ProviderChannel.ForAddress(ProviderChannel.UnixPrefix + providerSocket);
        var driver = await GrpcProviderDriver.ConnectAsync(channel, _timeout.Token);
        var capabilities = await driver.GetCapabilitiesAsync(_timeout.Token);
        Assert.All(ProviderFeature.All, f => Assert.True(capabilities.Supports(f), $"feature {f} not declared"));

        var lb = new LoadBalancer { Id = Guid.NewGuid(), ProjectId = "p" };
        await driver.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = lb }, _timeout.Token);
        await driverLib.WaitForLoadBalancerAsync(lb.Id, ProvisioningStatus.Active, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_provider_server_exits_non_zero_naming_both_majors_for_a_plugin_of_another_major()
    {
        var plugin = _temp.DeployPlugin(BuildOutputs.FutureMajorPlugin, "Lbaas.Sdk.TestPlugins.FutureMajor");
        await using var server = ProviderServerProcess.Start(
            "--plugin", plugin, "--listen", "http://127.0.0.1:0", "--host-url", $"unix:{Path.Combine(_temp.Path, "host.sock")}");

        var exitCode = await server.WaitForExitAsync(StartTimeout);

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot load plugin", server.Output, StringComparison.Ordinal);
        Assert.Contains("contract major 2, this host 1", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provider_server_listens_on_a_free_loopback_port_and_prints_it()
    {
        var plugin = _temp.DeployPlugin(BuildOutputs.NoopPlugin, "Lbaas.Drivers.Noop");
        await using var server = ProviderServerProcess.Start(
            "--plugin", plugin, "--listen", "http://127.0.0.1:0", "--host-url", $"unix:{Path.Combine(_temp.Path, "host.sock")}");

        var line = await server.WaitUntilServingAsync(StartTimeout);

        var address = line[(line.LastIndexOf(" on ", StringComparison.Ordinal) + 4)..];
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:0", address);
        using var channel = global::Grpc.Net.Client.GrpcChannel.ForAddress(address);
        var driver = await GrpcProviderDriver.ConnectAsync(channel, _timeout.Token);
        Assert.Equal(ProviderContract.Major, driver.RemoteVersion?.Major);
    }
}
