using System.ComponentModel.DataAnnotations;

namespace Lbaas.Host.Watchdog;

/// <summary>Configures the pending-state watchdog (section <c>Lbaas:Watchdog</c>).</summary>
public sealed class WatchdogOptions
{
    public const string Section = "Lbaas:Watchdog";

    /// <summary>Gets or sets how long an object may stay PENDING_* before it is moved to ERROR.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how often the watchdog looks.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);
}
