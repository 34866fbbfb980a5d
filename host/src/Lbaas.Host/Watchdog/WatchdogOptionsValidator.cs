using Microsoft.Extensions.Options;

namespace Lbaas.Host.Watchdog;

/// <summary>Validates <see cref="WatchdogOptions"/> at startup.</summary>
[OptionsValidator]
public sealed partial class WatchdogOptionsValidator : IValidateOptions<WatchdogOptions>;
