namespace Lbaas.Drivers.Noop.Tests.Support;

/// <summary>Disposes several resources in reverse order of addition, as nested <c>await using</c> blocks would.</summary>
public sealed class AsyncDisposables : IAsyncDisposable
{
    private readonly Stack<object> _items = new();

    public T Add<T>(T item)
        where T : notnull
    {
        _items.Push(item);
        return item;
    }

    public async ValueTask DisposeAsync()
    {
        while (_items.TryPop(out var item))
        {
            switch (item)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
