using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api;

/// <summary>Validates <see cref="ApiOptions"/> at startup.</summary>
[OptionsValidator]
public sealed partial class ApiOptionsValidator : IValidateOptions<ApiOptions>;
