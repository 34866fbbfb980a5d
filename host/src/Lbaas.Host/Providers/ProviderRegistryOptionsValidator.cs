using Microsoft.Extensions.Options;

namespace Lbaas.Host.Providers;

/// <summary>Checks the provider configuration, reporting every problem at once with the key that holds it.</summary>
internal sealed class ProviderRegistryOptionsValidator : IValidateOptions<ProviderRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, ProviderRegistryOptions options)
    {
        var errors = new List<string>();
        const string Section = ProviderRegistryOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Default))
        {
            errors.Add($"{Section}:Default must name a provider.");
        }
        else if (options.Enabled.Count > 0 && !options.Enabled.ContainsKey(options.Default))
        {
            errors.Add($"{Section}:Default '{options.Default}' is not one of {Section}:Enabled " +
                $"({string.Join(", ", options.Enabled.Keys)}).");
        }

        foreach (var (provider, entry) in options.Enabled)
        {
            var key = $"{Section}:Enabled:{provider}";
            if (!IsValidName(provider))
            {
                errors.Add($"{key}: provider names use letters, digits, '-' and '_' only.");
            }

            if (!string.IsNullOrWhiteSpace(entry.Plugin) && !string.IsNullOrWhiteSpace(entry.Url))
            {
                errors.Add($"{key}: set Plugin or Url, not both.");
            }

            if (!string.IsNullOrWhiteSpace(entry.Url)
                && (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var uri)
                    || uri.Scheme is not ("http" or "https" or "unix")
                    || (uri.Scheme == "unix" && !uri.AbsolutePath.StartsWith('/'))))
            {
                errors.Add($"{key}:Url '{entry.Url}' is not an http://host:port, https://host:port or unix:/path.sock URL.");
            }

            if (!string.IsNullOrWhiteSpace(entry.Plugin) && !Directory.Exists(entry.Plugin))
            {
                errors.Add($"{key}:Plugin '{entry.Plugin}' is not an existing folder.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
