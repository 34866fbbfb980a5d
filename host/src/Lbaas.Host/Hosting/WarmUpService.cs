using System.Diagnostics;
using Lbaas.Host.Persistence;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Hosting;

/// <summary>
/// Warms the host before it listens: the request paths through a private copy (<see cref="RequestPathWarmUp"/>), this
/// host's own database paths (<see cref="DatabaseWarmUp"/>), then waits for the compiler to finish (<see cref="CompilerSettle"/>).
/// </summary>
/// <remarks>
/// Registered after the database initializer and the provider registry: hosted services start in registration order,
/// all before Kestrel. Best effort within <see cref="WarmUpOptions.Timeout"/>: a failed or slow warm-up is logged
/// and the host starts anyway, only with slower first requests.
/// </remarks>
public sealed partial class WarmUpService(
    IServiceScopeFactory scopes,
    RequestPathWarmUp requests,
    IOptions<WarmUpOptions> options,
    TimeProvider time,
    ILogger<WarmUpService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var warmRequests = options.Value.Rounds > 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var deadline = time.GetUtcNow() + options.Value.Timeout;
        try
        {
            if (warmRequests)
            {
                await requests.RunAsync(timeout.Token);
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                await DatabaseWarmUp.RunAsync(scope.ServiceProvider, logger, timeout.Token);
            }

            if (warmRequests)
            {
                var started = Stopwatch.GetTimestamp();
                var (compiled, settled) = await CompilerSettle.WaitAsync(time, deadline, timeout.Token);
                Log.CompilerSettled(logger, compiled, Stopwatch.GetElapsedTime(started).TotalMilliseconds, settled);

                // The private copy is garbage now: collect it here rather than in the first clients' requests.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.WarmUpTimedOut(logger, options.Value.Timeout);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.WarmUpFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1404, Level = LogLevel.Warning,
            Message = "The startup warm-up failed; the host starts anyway and its first requests will be slower.")]
        public static partial void WarmUpFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1407, Level = LogLevel.Warning,
            Message = "The startup warm-up took longer than Lbaas:WarmUp:Timeout ({Timeout}); the host starts anyway.")]
        public static partial void WarmUpTimedOut(ILogger logger, TimeSpan timeout);

        [LoggerMessage(EventId = 1408, Level = LogLevel.Information,
            Message = "Warm-up: the compiler optimised {Methods} more methods in {ElapsedMs:F0} ms (finished: {Settled}).")]
        public static partial void CompilerSettled(ILogger logger, long methods, double elapsedMs, bool settled);
    }
}
