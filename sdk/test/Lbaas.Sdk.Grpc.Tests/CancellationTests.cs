using Lbaas.Sdk.Grpc.Tests.Support;
using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Grpc.Tests;

/// <summary>Cancelling or timing out a call on the client cancels the driver's token on the server.</summary>
public sealed class CancellationTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly RecordingProviderDriver _driver = new();
    private readonly TaskCompletionSource _driverStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _driverCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GrpcTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _driver.Behavior = async (_, _, cancellationToken) =>
        {
            _driverStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _driverCancelled.TrySetResult();
                throw;
            }

            return null;
        };
        _host = await GrpcTestHost.StartAsync(driver: _driver);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cancelling_a_call_cancels_the_drivers_token()
    {
        var client = new GrpcProviderDriver(_host.Channel);
        using var cancellation = new CancellationTokenSource();

        var call = client.FailoverLoadBalancerAsync(
            new FailoverLoadBalancerRequest { LoadBalancer = new LoadBalancer { Id = Guid.NewGuid(), ProjectId = "p" } },
            cancellation.Token);
        await _driverStarted.Task.WaitAsync(Patience);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, error.CancellationToken);
        await _driverCancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_call_past_its_deadline_times_out_and_cancels_the_drivers_token()
    {
        // Long enough for a loaded machine to reach the driver before the deadline; the test waits on barriers, never sleeps.
        var client = new GrpcProviderDriver(_host.Channel, new GrpcClientOptions { CallTimeout = TimeSpan.FromSeconds(2) });

        var call = client.GetCapabilitiesAsync(CancellationToken.None);
        await _driverStarted.Task.WaitAsync(Patience);

        await Assert.ThrowsAsync<TimeoutException>(() => call);
        await _driverCancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_call_with_an_already_cancelled_token_never_reaches_the_driver()
    {
        var client = new GrpcProviderDriver(_host.Channel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.DeleteAmphoraAsync(Guid.NewGuid(), new CancellationToken(canceled: true)));

        Assert.Null(_driver.Last.Method);
    }
}
