using System.Runtime;

namespace Lbaas.Host.Hosting;

/// <summary>Waits until the runtime has no more methods queued for optimised compilation.</summary>
/// <remarks>
/// A warm-up only queues the re-compilation of its hot methods: a background thread does it afterwards, for a second
/// or two of one core. Listening before it is done hands that work to the first clients' requests. There is no
/// queue length to read, so this watches the count of compiled methods until it stays still for a while.
/// </remarks>
public static class CompilerSettle
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // The runtime waits 100 ms without new compilations before it counts calls again, so one still interval is not
    // enough: three in a row are.
    private const int StillIntervals = 3;

    /// <summary>Waits until no method was compiled during <see cref="StillIntervals"/> intervals of 100 ms in a row, or until the deadline.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="deadline">When to stop waiting.</param>
    /// <param name="ct">Cancels the wait.</param>
    /// <param name="compiledMethods">Reads the count of compiled methods; <see langword="null"/> for the runtime's.</param>
    /// <returns>The methods compiled during the wait, and whether it ended still (not at the deadline).</returns>
    public static async Task<(long Compiled, bool Settled)> WaitAsync(TimeProvider time, DateTimeOffset deadline, CancellationToken ct,
        Func<long>? compiledMethods = null)
    {
        compiledMethods ??= () => JitInfo.GetCompiledMethodCount();
        var first = compiledMethods();
        var last = first;
        var still = 0;
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(Interval, time, ct);
            var now = compiledMethods();
            still = now == last ? still + 1 : 0;
            last = now;
            if (still == StillIntervals)
            {
                return (now - first, true);
            }
        }

        return (last - first, false);
    }
}
