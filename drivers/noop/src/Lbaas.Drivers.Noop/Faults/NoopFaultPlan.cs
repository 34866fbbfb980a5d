using System.Text.Json;
using Lbaas.Sdk.V1;

namespace Lbaas.Drivers.Noop.Faults;

/// <summary>Holds the faults one load balancer's flavor asks the noop driver to inject, parsed from its metadata.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Parse"/> reports every bad key at once.</remarks>
public sealed record NoopFaultPlan
{
    private const int MaxDelayMs = 600_000;

    /// <summary>Gets the plan of a flavor without fault keys.</summary>
    public static NoopFaultPlan None { get; } = new();

    /// <summary>Gets the extra delay before each status report.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Gets the operations that throw <see cref="DriverException"/>.</summary>
    public IReadOnlySet<NoopOperation> Fail { get; init; } = new HashSet<NoopOperation>();

    /// <summary>Gets the operations that throw <see cref="UnsupportedOptionException"/>.</summary>
    public IReadOnlySet<NoopOperation> Unsupported { get; init; } = new HashSet<NoopOperation>();

    /// <summary>Gets the operations that are accepted but never reported.</summary>
    public IReadOnlySet<NoopOperation> Stuck { get; init; } = new HashSet<NoopOperation>();

    /// <summary>Gets the operations that are accepted and then reported ERROR.</summary>
    public IReadOnlySet<NoopOperation> ReportError { get; init; } = new HashSet<NoopOperation>();

    /// <summary>Gets the 1-based number of the call (per load balancer) that fails, if any.</summary>
    public int? FailOnCall { get; init; }

    /// <summary>Gets the simulated topology.</summary>
    public Topology Topology { get; init; } = Topology.Single;

    /// <summary>Parses flavor metadata.</summary>
    /// <param name="metadata">The flavor metadata.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="UnsupportedOptionException">A key is unknown or a value is malformed; the message names each.</exception>
    public static NoopFaultPlan Parse(IReadOnlyDictionary<string, JsonElement> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.Count == 0)
        {
            return None;
        }

        var errors = new List<string>();
        var plan = new NoopFaultPlan();
        foreach (var (key, value) in metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            switch (key)
            {
                case NoopMetadataKeys.Delay:
                    plan = plan with { Delay = TimeSpan.FromMilliseconds(ReadInteger(key, value, 0, MaxDelayMs, errors)) };
                    break;
                case NoopMetadataKeys.FailOnCall:
                    plan = plan with { FailOnCall = ReadInteger(key, value, 1, int.MaxValue, errors) };
                    break;
                case NoopMetadataKeys.Fail:
                    plan = plan with { Fail = ReadOperations(key, value, errors) };
                    break;
                case NoopMetadataKeys.Unsupported:
                    plan = plan with { Unsupported = ReadOperations(key, value, errors) };
                    break;
                case NoopMetadataKeys.Stuck:
                    plan = plan with { Stuck = ReadOperations(key, value, errors) };
                    break;
                case NoopMetadataKeys.ReportError:
                    plan = plan with { ReportError = ReadOperations(key, value, errors) };
                    break;
                case NoopMetadataKeys.Topology:
                    plan = plan with { Topology = ReadTopology(key, value, errors) };
                    break;
                case NoopMetadataKeys.AmpImageTag:
                    ReadString(key, value, errors);
                    break;
                default:
                    errors.Add($"'{key}' is not a flavor metadata key of the noop provider (known keys: " +
                               $"{string.Join(", ", NoopMetadataKeys.FlavorKeys.Select(k => k.Name))})");
                    break;
            }
        }

        ThrowIfAny(errors, "flavor");
        return plan;
    }

    /// <summary>Checks availability-zone metadata.</summary>
    /// <param name="metadata">The availability-zone metadata.</param>
    /// <exception cref="UnsupportedOptionException">A key is unknown or a value is malformed; the message names each.</exception>
    public static void ValidateAvailabilityZone(IReadOnlyDictionary<string, JsonElement> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var errors = new List<string>();
        foreach (var (key, value) in metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (key == NoopMetadataKeys.ComputeZone)
            {
                ReadString(key, value, errors);
            }
            else
            {
                errors.Add($"'{key}' is not an availability-zone metadata key of the noop provider (known keys: " +
                           $"{string.Join(", ", NoopMetadataKeys.AvailabilityZoneKeys.Select(k => k.Name))})");
            }
        }

        ThrowIfAny(errors, "availability zone");
    }

    private static void ThrowIfAny(List<string> errors, string what)
    {
        if (errors.Count > 0)
        {
            var message = $"Invalid {what} metadata for provider 'noop': {string.Join("; ", errors)}.";
            throw new UnsupportedOptionException(message, message);
        }
    }

    private static int ReadInteger(string key, JsonElement value, int min, int max, List<string> errors)
    {
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
            _ => (int?)null,
        };
        if (parsed is not { } result || result < min || result > max)
        {
            errors.Add($"'{key}' must be an integer from {min} to {max}, got {value.GetRawText()}");
            return min;
        }

        return result;
    }

    private static void ReadString(string key, JsonElement value, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"'{key}' must be a string, got {value.GetRawText()}");
        }
    }

    private static Topology ReadTopology(string key, JsonElement value, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.String && WireName.TryParse<Topology>(value.GetString(), out var topology))
        {
            return topology;
        }

        errors.Add($"'{key}' must be one of {string.Join(", ", WireName.All<Topology>())}, got {value.GetRawText()}");
        return Topology.Single;
    }

    private static HashSet<NoopOperation> ReadOperations(string key, JsonElement value, List<string> errors)
    {
        IEnumerable<string?> names = value.ValueKind switch
        {
            JsonValueKind.True => ["*"],
            JsonValueKind.False => [],
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                value.EnumerateArray().Select(e => e.GetString()).ToArray(),
            _ => [null],
        };

        var operations = new HashSet<NoopOperation>();
        foreach (var name in names)
        {
            if (name == "*")
            {
                operations.UnionWith(Enum.GetValues<NoopOperation>());
            }
            else if (name is not null && NoopOperations.TryParse(name, out var operation))
            {
                operations.Add(operation);
            }
            else
            {
                errors.Add($"'{key}' must list operations (comma-separated, or '*') from " +
                           $"{string.Join(", ", NoopOperations.AllNames)}; '{name ?? value.GetRawText()}' is not one");
            }
        }

        return operations;
    }
}
