namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Records the last call a fake received and answers it with a configurable behaviour.</summary>
public class CallRecorder
{
    private readonly Lock _gate = new();
    private string? _lastMethod;
    private object? _lastRequest;

    /// <summary>Decides what a call returns or throws; by default it returns <see langword="null"/>.</summary>
    public Func<string, object?, CancellationToken, Task<object?>> Behavior { get; set; } =
        (_, _, _) => Task.FromResult<object?>(null);

    public (string? Method, object? Request) Last
    {
        get
        {
            lock (_gate)
            {
                return (_lastMethod, _lastRequest);
            }
        }
    }

    public void Answer(object? response) => Behavior = (_, _, _) => Task.FromResult(response);

    public void Throw(Exception exception) => Behavior = (_, _, _) => Task.FromException<object?>(exception);

    protected async Task<T> RecordAsync<T>(string method, object? request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _lastMethod = method;
            _lastRequest = request;
        }

        return (T)(await Behavior(method, request, cancellationToken))!;
    }

    protected Task RecordAsync(string method, object? request, CancellationToken cancellationToken) =>
        RecordAsync<object?>(method, request, cancellationToken);
}
