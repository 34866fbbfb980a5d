using Microsoft.Extensions.Options;

namespace Lbaas.Drivers.Noop;

/// <summary>Validates <see cref="NoopOptions"/> at startup.</summary>
[OptionsValidator]
internal sealed partial class NoopOptionsValidator : IValidateOptions<NoopOptions>;
