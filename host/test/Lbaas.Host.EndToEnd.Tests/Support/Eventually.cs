namespace Lbaas.Host.EndToEnd.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes, failing with what was awaited and last seen.</summary>
internal static class Eventually
{
    public static async Task<T> MatchAsync<T>(
        Func<CancellationToken, Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        using var cts = new CancellationTokenSource(within);
        T last = default!;
        var seen = false;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            try
            {
                last = await probe(cts.Token);
                seen = true;
                if (done(last))
                {
                    return last;
                }
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                break;
            }
        }
        while (await WaitAsync(timer, cts.Token));

        throw new TimeoutException($"{what}: not reached within {within.TotalSeconds:0.#} s, last saw {(seen ? last : "nothing")}");
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
