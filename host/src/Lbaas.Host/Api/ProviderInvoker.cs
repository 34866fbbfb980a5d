using System.Diagnostics;
using System.Diagnostics.Metrics;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api;

/// <summary>Calls a provider driver with a deadline and turns its failures into Octavia's faults.</summary>
/// <remarks>
/// <see cref="DriverException"/>, a timeout or any unexpected exception → 500 <c>Provider 'p' reports error: ...</c>;
/// <see cref="NotImplementedByDriverException"/> and <see cref="UnsupportedOptionException"/> → 501. The operator message
/// is logged, never returned.
/// </remarks>
public sealed partial class ProviderInvoker
{
    private readonly IProviderRegistry _registry;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<ApiOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ProviderInvoker> _logger;
    private readonly Histogram<double> _callDuration;

    public ProviderInvoker(IProviderRegistry registry, IServiceScopeFactory scopes, IOptions<ApiOptions> options, TimeProvider time,
        ILogger<ProviderInvoker> logger, IMeterFactory meterFactory)
    {
        _registry = registry;
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
        _callDuration = meterFactory.Create("Lbaas.Host").CreateHistogram<double>(
            "lbaas.driver.call.duration", unit: "s", description: "Time a provider took to answer one call.");
    }

    /// <summary>Gets the driver of an existing object's provider, or raises 501 <c>Provider 'p' was not found.</c>.</summary>
    public IProviderDriver GetDriver(string provider) =>
        _registry.TryGetDriver(provider, out var driver)
            ? driver
            : throw new ApiException(StatusCodes.Status501NotImplemented, $"Provider '{provider}' was not found.");

    /// <summary>Runs one driver call after the mutation committed; on failure compensates the mutation and throws the fault.</summary>
    /// <param name="provider">The provider of the load balancer.</param>
    /// <param name="action">What is asked, for logs and metrics.</param>
    /// <param name="journal">What the mutation changed.</param>
    /// <param name="call">The driver call.</param>
    /// <param name="cancellationToken">Cancels the call (compensation still runs).</param>
    /// <param name="afterRollback">Runs after a 501 rollback (for example to release a VIP port).</param>
    public async Task CallAsync(string provider, string action, MutationJournal journal, Func<IProviderDriver, CancellationToken, Task> call,
        CancellationToken cancellationToken, Func<Task>? afterRollback = null)
    {
        var fault = await InvokeAsync(provider, action, call, cancellationToken);
        if (fault is null)
        {
            return;
        }

        var rollback = fault.StatusCode == StatusCodes.Status501NotImplemented;
        await journal.CompensateAsync(_scopes, rollback, CancellationToken.None);
        if (rollback && afterRollback is not null)
        {
            await afterRollback();
        }

        throw fault;
    }

    /// <summary>Runs one driver call.</summary>
    /// <returns><see langword="null"/> on success, else the fault to return (status 500 or 501).</returns>
    public async Task<ApiException?> InvokeAsync(string provider, string action, Func<IProviderDriver, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        var driver = GetDriver(provider);
        var started = _time.GetTimestamp();
        string? errorType = null;
        try
        {
            using var deadline = new CancellationTokenSource(_options.Value.DriverCallTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
            try
            {
                await call(driver, linked.Token).WaitAsync(_options.Value.DriverCallTimeout, _time, cancellationToken);
            }
            catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && deadline.IsCancellationRequested
                && !cancellationToken.IsCancellationRequested))
            {
                errorType = "timeout";
                Log.DriverTimedOut(_logger, provider, action, _options.Value.DriverCallTimeout.TotalSeconds);
                return new ApiException(StatusCodes.Status500InternalServerError,
                    $"Provider '{provider}' reports error: The provider did not answer in time.");
            }

            return null;
        }
        catch (UnsupportedOptionException ex)
        {
            errorType = "unsupported_option";
            Log.DriverRefused(_logger, provider, action, ex.OperatorMessage);
            return new ApiException(StatusCodes.Status501NotImplemented,
                $"Provider '{provider}' does not support a requested option: {ex.UserMessage}");
        }
        catch (NotImplementedByDriverException ex)
        {
            errorType = "not_implemented";
            Log.DriverRefused(_logger, provider, action, ex.OperatorMessage);
            return new ApiException(StatusCodes.Status501NotImplemented,
                $"Provider '{provider}' does not support a requested action: {ex.UserMessage}");
        }
        catch (DriverException ex)
        {
            errorType = "driver_error";
            Log.DriverFailed(_logger, ex, provider, action, ex.OperatorMessage);
            return new ApiException(StatusCodes.Status500InternalServerError, $"Provider '{provider}' reports error: {ex.UserMessage}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errorType = ex.GetType().Name;
            Log.DriverFailed(_logger, ex, provider, action, ex.Message);
            return new ApiException(StatusCodes.Status500InternalServerError, $"Provider '{provider}' reports error: {ex.Message}");
        }
        finally
        {
            var tags = new TagList { { "lbaas.provider", provider }, { "lbaas.action", action } };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            _callDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
            Message = "Provider '{Provider}' refused {Action}: {OperatorMessage}")]
        public static partial void DriverRefused(ILogger logger, string provider, string action, string operatorMessage);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Error,
            Message = "Provider '{Provider}' failed {Action}: {OperatorMessage}")]
        public static partial void DriverFailed(ILogger logger, Exception exception, string provider, string action, string operatorMessage);

        [LoggerMessage(EventId = 1103, Level = LogLevel.Error,
            Message = "Provider '{Provider}' did not finish {Action} within {TimeoutSeconds} s.")]
        public static partial void DriverTimedOut(ILogger logger, string provider, string action, double timeoutSeconds);
    }
}
