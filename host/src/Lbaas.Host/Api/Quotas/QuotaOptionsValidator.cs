using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Quotas;

/// <summary>Checks the default quotas at startup.</summary>
[OptionsValidator]
internal sealed partial class QuotaOptionsValidator : IValidateOptions<QuotaOptions>;
