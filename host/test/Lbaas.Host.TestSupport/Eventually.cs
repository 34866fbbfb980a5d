namespace Lbaas.Host.TestSupport;

/// <summary>Polls a condition until it holds or a deadline passes, failing with what was awaited and what was last seen.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Polls until <paramref name="probe"/> returns <paramref name="expected"/>.</summary>
    /// <returns>The last value seen, equal to <paramref name="expected"/>.</returns>
    /// <exception cref="TimeoutException">The value was not seen within <paramref name="within"/> (10 s by default).</exception>
    public static Task<T> EqualAsync<T>(T expected, Func<CancellationToken, Task<T>> probe, string what, TimeSpan? within = null) =>
        MatchAsync(probe, v => EqualityComparer<T>.Default.Equals(v, expected), within ?? DefaultWithin, $"{what} (expected {expected})");

    /// <summary>Polls until <paramref name="done"/> holds for what <paramref name="probe"/> returns.</summary>
    /// <returns>The first value for which <paramref name="done"/> held.</returns>
    /// <exception cref="TimeoutException">No such value within <paramref name="within"/>.</exception>
    public static async Task<T> MatchAsync<T>(Func<CancellationToken, Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        using var cts = new CancellationTokenSource(within);
        T last = default!;
        var seen = false;
        using var timer = new PeriodicTimer(Interval);
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
