using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Lbaas.Sdk.V1;

/// <summary>Converts contract enumerations to and from their Octavia wire names (for example <c>TLS-HELLO</c>).</summary>
/// <remarks>Thread-safe. The names come from each member's <see cref="JsonStringEnumMemberNameAttribute"/>.</remarks>
public static class WireName
{
    /// <summary>Gets the wire name of an enumeration value.</summary>
    /// <typeparam name="TEnum">The contract enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The Octavia wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ToWire.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");

    /// <summary>Parses a wire name, ignoring case.</summary>
    /// <typeparam name="TEnum">The contract enumeration.</typeparam>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The parsed value.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.FromWire.TryGetValue(name ?? string.Empty, out value);

    /// <summary>Parses a wire name, ignoring case.</summary>
    /// <typeparam name="TEnum">The contract enumeration.</typeparam>
    /// <param name="name">The wire name.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The name is not known.</exception>
    public static TEnum Parse<TEnum>(string? name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a valid {typeof(TEnum).Name}; expected one of {string.Join(", ", All<TEnum>())}.");

    /// <summary>Lists every wire name of an enumeration in declaration order.</summary>
    /// <typeparam name="TEnum">The contract enumeration.</typeparam>
    /// <returns>The wire names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Ordered;

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered;
        public static readonly FrozenDictionary<TEnum, string> ToWire;
        public static readonly FrozenDictionary<string, TEnum> FromWire;

#pragma warning disable CA1810 // The three tables are built together from one reflection pass.
        static Names()
#pragma warning restore CA1810
        {
            var pairs = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Value: (TEnum)f.GetValue(null)!,
                    Name: f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name))
                .ToList();
            Ordered = pairs.Select(p => p.Name).ToArray();
            ToWire = pairs.ToFrozenDictionary(p => p.Value, p => p.Name);
            FromWire = pairs.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        }
    }
}
