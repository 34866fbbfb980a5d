using System.ComponentModel.DataAnnotations;

namespace Lbaas.Drivers.Noop;

/// <summary>Configures the noop provider; bound from the plugin's configuration section.</summary>
public sealed class NoopOptions
{
    /// <summary>Gets or sets the delay before each status report, on top of any <c>noop_delay_ms</c>; 0 by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReportDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets how often listener statistics (all zero) are reported; 0 turns reporting off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StatisticsInterval { get; set; } = TimeSpan.FromSeconds(30);
}
