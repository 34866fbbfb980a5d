using System.Collections.Frozen;
using System.Text;

namespace Lbaas.Drivers.Noop.Faults;

/// <summary>Maps <see cref="NoopOperation"/> values to and from their snake_case names in flavor metadata.</summary>
public static class NoopOperations
{
    private static readonly FrozenDictionary<NoopOperation, string> ToWire =
        Enum.GetValues<NoopOperation>().ToFrozenDictionary(op => op, ToSnakeCase);

    private static readonly FrozenDictionary<string, NoopOperation> FromWire =
        ToWire.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every operation name, in declaration order.</summary>
    public static IReadOnlyList<string> AllNames { get; } = Enum.GetValues<NoopOperation>().Select(op => ToWire[op]).ToArray();

    /// <summary>Gets the snake_case name of an operation, for example <c>create_listener</c>.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The name.</returns>
    public static string WireName(this NoopOperation operation) => ToWire[operation];

    /// <summary>Parses an operation name.</summary>
    /// <param name="name">The name, for example <c>delete_pool</c>.</param>
    /// <param name="operation">The operation when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string name, out NoopOperation operation) => FromWire.TryGetValue(name.Trim(), out operation);

    private static string ToSnakeCase(NoopOperation operation)
    {
        var name = operation.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
