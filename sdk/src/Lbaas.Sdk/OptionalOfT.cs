using System.Diagnostics.CodeAnalysis;

namespace Lbaas.Sdk.V1;

/// <summary>Holds a value that may be unset, which a sparse update uses to tell "leave as is" from "set".</summary>
/// <typeparam name="T">The value type; use a nullable type when the field can be cleared.</typeparam>
/// <remarks>
/// The default instance is unset. <c>Optional&lt;string?&gt;</c> therefore has three states: unset (keep the current
/// value), set to <see langword="null"/> (clear or reset to the default) and set to a value. Read it with
/// <see cref="TryGetValue"/>, never by comparing with a default.
/// </remarks>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>Initializes an optional that is set to <paramref name="value"/>.</summary>
    /// <param name="value">The value, which may be <see langword="null"/> for nullable types.</param>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>Gets an optional that is not set.</summary>
    public static Optional<T> Unset => default;

    /// <summary>Gets a value indicating whether the optional is set (possibly to <see langword="null"/>).</summary>
    public bool HasValue { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The optional is unset.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional value is unset.");

    /// <summary>Converts a value into a set optional.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>Compares two optionals for equality of state and value.</summary>
    /// <param name="left">The first optional.</param>
    /// <param name="right">The second optional.</param>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Compares two optionals for inequality of state or value.</summary>
    /// <param name="left">The first optional.</param>
    /// <param name="right">The second optional.</param>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <summary>Gets the value when the optional is set.</summary>
    /// <param name="value">The value when set; otherwise the default of <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when the optional is set.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return HasValue;
    }

    /// <summary>Gets the value when set, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The value used when the optional is unset.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <inheritdoc />
    public bool Equals(Optional<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <inheritdoc />
    public override string ToString() => HasValue ? $"Set({_value?.ToString() ?? "null"})" : "Unset";
}
