using Lbaas.Host.Persistence;

namespace Lbaas.Host.Hosting;

/// <summary>Warms the request paths once the schema is ready and before the host listens (see <see cref="DatabaseWarmUp"/>).</summary>
/// <remarks>
/// Registered after the database initializer: hosted services start in registration order, all before Kestrel. Best
/// effort: a failed warm-up is logged and the host starts anyway, only with slower first requests.
/// </remarks>
public sealed partial class WarmUpService(IServiceScopeFactory scopes, ILogger<WarmUpService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await DatabaseWarmUp.RunAsync(scope.ServiceProvider, logger, cancellationToken);
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
    }
}
