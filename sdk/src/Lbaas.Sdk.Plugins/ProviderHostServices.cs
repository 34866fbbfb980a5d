using Lbaas.Sdk.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lbaas.Sdk.Plugins;

/// <summary>Carries what a host gives every provider plugin it loads: the callbacks, the network, logging and time.</summary>
/// <remarks>
/// The loader registers each of these in the plugin's own service collection before calling
/// <see cref="IProviderPlugin.ConfigureServices"/>. The host keeps ownership: the plugin's container never disposes them.
/// </remarks>
public sealed record ProviderHostServices
{
    /// <summary>Gets where the driver reports statuses and statistics and reads resources.</summary>
    public required IDriverLib DriverLib { get; init; }

    /// <summary>Gets the network the driver allocates VIPs and ports from.</summary>
    public required INetworkClient Network { get; init; }

    /// <summary>Gets the logger factory the plugin logs through; no logging by default.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Gets the clock the plugin reads; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
