using System.ComponentModel.DataAnnotations;

namespace Lbaas.Host.Hosting;

/// <summary>Configures the startup warm-up (section <c>Lbaas:WarmUp</c>); see <see cref="RequestPathWarmUp"/>.</summary>
public sealed class WarmUpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Lbaas:WarmUp";

    /// <summary>
    /// Gets or sets how many times each client runs the scripted API session through a private copy of the host
    /// before this one listens; 0 turns that off (the database warm-up still runs).
    /// </summary>
    /// <remarks>
    /// The runtime optimises a method again once it has run 30 times: with the default 4 clients, 10 rounds make 40
    /// of each request a client sends. A round is some 30 requests.
    /// </remarks>
    [Range(0, 1000)]
    public int Rounds { get; set; } = 10;

    /// <summary>Gets or sets how many clients run the session at once, so that requests also meet each other as in production.</summary>
    [Range(1, 16)]
    public int Clients { get; set; } = 4;

    /// <summary>Gets or sets the most the request warm-up and the wait for the compiler may take together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
