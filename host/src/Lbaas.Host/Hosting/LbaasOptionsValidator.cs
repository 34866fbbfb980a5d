using Microsoft.Extensions.Options;

namespace Lbaas.Host.Hosting;

/// <summary>Validates <see cref="LbaasOptions"/> at startup.</summary>
[OptionsValidator]
public sealed partial class LbaasOptionsValidator : IValidateOptions<LbaasOptions>;
