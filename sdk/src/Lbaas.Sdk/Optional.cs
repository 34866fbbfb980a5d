namespace Lbaas.Sdk.V1;

/// <summary>Creates <see cref="Optional{T}"/> values.</summary>
public static class Optional
{
    /// <summary>Creates an optional set to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>A set optional.</returns>
    public static Optional<T> Of<T>(T value) => new(value);
}
