using System.Text.RegularExpressions;
using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.L7Rules;

/// <summary>Checks an L7 rule's type, comparison, key and value combination with Octavia's texts.</summary>
public static partial class L7RuleValidator
{
    [GeneratedRegex("^[a-zA-Z0-9!#$%&'*+.^_`|~-]+$")]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$")]
    private static partial Regex CookieValue();

    [GeneratedRegex(@"^[!#$%&'()*+,\-./0-9:;<=>?@A-Z\[\]^_`a-z{|}~]+$")]
    private static partial Regex HeaderValue();

    [GeneratedRegex("^\"[^\"\\\\\\r\\n]*\"$")]
    private static partial Regex QuotedHeaderValue();

    [GeneratedRegex("^([a-zA-Z][A-Za-z0-9-]*)$")]
    private static partial Regex DnField();

    public static void Check(L7RuleEntity rule)
    {
        if (Problem(rule) is { } problem)
        {
            throw ApiException.BadRequest($"Error parsing L7Rule: {problem}");
        }
    }

    private static string? Problem(L7RuleEntity r)
    {
        if (string.IsNullOrEmpty(r.Value))
        {
            return "Invalid L7 Rule: L7 rule type requires a value";
        }

        if (r.Value.Any(c => c is '\r' or '\n') || (r.Key?.Any(c => c is '\r' or '\n') ?? false))
        {
            return "Invalid characters in value";
        }

        const string badCompare = "Invalid L7 Rule: invalid comparison type for rule type";
        switch (r.Type)
        {
            case "HEADER" or "COOKIE":
                if (string.IsNullOrEmpty(r.Key))
                {
                    return "Invalid L7 Rule: L7 rule type requires a key";
                }

                if (!HeaderName().IsMatch(r.Key))
                {
                    return "Invalid characters in key";
                }

                if (r.CompareType == "REGEX")
                {
                    return RegexProblem(r.Value);
                }

                var valid = r.Type == "HEADER" ? HeaderValue().IsMatch(r.Value) || QuotedHeaderValue().IsMatch(r.Value) : CookieValue().IsMatch(r.Value);
                return valid ? null : $"Invalid characters in {(r.Type == "HEADER" ? "header" : "cookie")} value";
            case "HOST_NAME" or "PATH":
                if (r.CompareType == "REGEX")
                {
                    return RegexProblem(r.Value);
                }

                return HeaderValue().IsMatch(r.Value) || QuotedHeaderValue().IsMatch(r.Value) ? null : "Invalid characters in comparison value";
            case "FILE_TYPE":
                return r.CompareType switch
                {
                    "REGEX" => RegexProblem(r.Value),
                    "EQUAL_TO" => HeaderValue().IsMatch(r.Value) ? null : "Invalid characters in comparison value",
                    _ => badCompare,
                };
            case "SSL_CONN_HAS_CERT":
                return r.Key is { Length: > 0 } ? $"Invalid L7 Rule: L7rule type {r.Type} does not use the \"key\" field."
                    : !string.Equals(r.Value, "true", StringComparison.OrdinalIgnoreCase) ? $"Invalid L7 Rule: L7rule value {r.Value} is not a boolean True string."
                    : r.CompareType != "EQUAL_TO" ? $"Invalid L7 Rule: L7rule type {r.Type} only supports the EQUAL_TO compare type."
                    : null;
            case "SSL_VERIFY_RESULT":
                return r.Key is { Length: > 0 } ? $"Invalid L7 Rule: L7rule type {r.Type} does not use the \"key\" field."
                    : !r.Value.All(char.IsAsciiDigit) ? $"Invalid L7 Rule: L7rule type {r.Type} needs a int value, which is >= 0"
                    : r.CompareType != "EQUAL_TO" ? $"Invalid L7 Rule: L7rule type {r.Type} only supports the EQUAL_TO compare type."
                    : null;
            case "SSL_DN_FIELD":
                if (r.CompareType == "REGEX" && RegexProblem(r.Value) is { } p)
                {
                    return p;
                }

                return string.IsNullOrEmpty(r.Key) ? $"Invalid L7 Rule: L7rule type {r.Type} needs to specify a key and a value."
                    : !DnField().IsMatch(r.Key) ? "Invalid L7 Rule: Invalid L7rule distinguished name field."
                    : null;
            default:
                return "Invalid L7 Rule: invalid rule type";
        }
    }

    private static string? RegexProblem(string pattern)
    {
        if (pattern.Any(char.IsControl))
        {
            return "Unable to parse regular expression: contains control characters";
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"Unable to parse regular expression: {ex.Message}";
        }
    }
}
