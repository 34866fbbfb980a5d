namespace Lbaas.Host.Tests.Support;

/// <summary>Waits for a condition with a deadline and fails saying what was awaited and what was last seen.</summary>
public static class Eventually
{
    public static async Task<T> EqualAsync<T>(T expected, Func<CancellationToken, Task<T>> probe, string what, TimeSpan? within = null)
    {
        var deadline = within ?? TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(deadline);
        T last = default!;
        while (true)
        {
            try
            {
                last = await probe(cts.Token);
                if (EqualityComparer<T>.Default.Equals(last, expected))
                {
                    return last;
                }

                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                throw new Xunit.Sdk.XunitException(
                    $"{what}: expected {expected} within {deadline.TotalSeconds} s, last saw {last}");
            }
        }
    }
}
