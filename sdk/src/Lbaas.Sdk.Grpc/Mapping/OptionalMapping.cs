using System.Net;
using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps tri-state <see cref="Optional{T}"/> fields to the proto wrapper messages and back.</summary>
/// <remarks>Wrapper absent = unset; wrapper present without a value = set to null; present with a value = set.
/// For a field that cannot be null, a present wrapper without a value is malformed.</remarks>
internal static class OptionalMapping
{
    public static P.OptionalString? FromNullableString(Optional<string?> value) =>
        Wrap(value, v => v is null ? new P.OptionalString() : new P.OptionalString { Value = v });

    public static Optional<string?> ToNullableString(P.OptionalString? wrapper) =>
        Unwrap(wrapper, w => w.HasValue ? w.Value : null);

    public static P.OptionalString? FromRequiredString(Optional<string> value) =>
        Wrap(value, v => new P.OptionalString { Value = v });

    public static Optional<string> ToRequiredString(P.OptionalString? wrapper, string field) =>
        Unwrap(wrapper, w => w.HasValue ? w.Value : throw NullNotAllowed(field));

    public static P.OptionalString? FromNullableId(Optional<Guid?> value) =>
        Wrap(value, v => v is { } id ? new P.OptionalString { Value = WireFormat.FromId(id) } : new P.OptionalString());

    public static Optional<Guid?> ToNullableId(P.OptionalString? wrapper, string field) =>
        Unwrap(wrapper, w => WireFormat.ToNullableId(w.HasValue, w.Value, field));

    public static P.OptionalString? FromNullableAddress(Optional<IPAddress?> value) =>
        Wrap(value, v => v is null ? new P.OptionalString() : new P.OptionalString { Value = WireFormat.FromAddress(v) });

    public static Optional<IPAddress?> ToNullableAddress(P.OptionalString? wrapper, string field) =>
        Unwrap(wrapper, w => WireFormat.ToNullableAddress(w.HasValue, w.Value, field));

    public static P.OptionalString? FromEnum<TEnum>(Optional<TEnum> value)
        where TEnum : struct, Enum =>
        Wrap(value, v => new P.OptionalString { Value = WireFormat.FromEnum(v) });

    public static Optional<TEnum> ToEnum<TEnum>(P.OptionalString? wrapper, string field)
        where TEnum : struct, Enum =>
        Unwrap(wrapper, w => w.HasValue ? WireFormat.ToEnum<TEnum>(w.Value, field) : throw NullNotAllowed(field));

    public static P.OptionalBool? FromBool(Optional<bool> value) => Wrap(value, v => new P.OptionalBool { Value = v });

    public static Optional<bool> ToBool(P.OptionalBool? wrapper) => Unwrap(wrapper, w => w.Value);

    public static P.OptionalInt32? FromInt32(Optional<int> value) => Wrap(value, v => new P.OptionalInt32 { Value = v });

    public static Optional<int> ToInt32(P.OptionalInt32? wrapper, string field) =>
        Unwrap(wrapper, w => w.HasValue ? w.Value : throw NullNotAllowed(field));

    public static P.OptionalInt32? FromNullableInt32(Optional<int?> value) =>
        Wrap(value, v => v is { } i ? new P.OptionalInt32 { Value = i } : new P.OptionalInt32());

    public static Optional<int?> ToNullableInt32(P.OptionalInt32? wrapper) =>
        Unwrap(wrapper, w => w.HasValue ? w.Value : (int?)null);

    public static P.OptionalDouble? FromNullableDouble(Optional<double?> value) =>
        Wrap(value, v => v is { } d ? new P.OptionalDouble { Value = d } : new P.OptionalDouble());

    public static Optional<double?> ToNullableDouble(P.OptionalDouble? wrapper) =>
        Unwrap(wrapper, w => w.HasValue ? w.Value : (double?)null);

    public static P.OptionalStringList? FromStringList(Optional<IReadOnlyList<string>> value) =>
        Wrap(value, v => new P.OptionalStringList { Values = { v } });

    public static Optional<IReadOnlyList<string>> ToStringList(P.OptionalStringList? wrapper) =>
        Unwrap<P.OptionalStringList, IReadOnlyList<string>>(wrapper, w => w.Values.ToArray());

    public static P.OptionalStringList? FromCidrList(Optional<IReadOnlyList<IPNetwork>> value) =>
        Wrap(value, v => new P.OptionalStringList { Values = { v.Select(WireFormat.FromCidr) } });

    public static Optional<IReadOnlyList<IPNetwork>> ToCidrList(P.OptionalStringList? wrapper, string field) =>
        Unwrap<P.OptionalStringList, IReadOnlyList<IPNetwork>>(
            wrapper, w => w.Values.Select(c => WireFormat.ToCidr(c, field)).ToArray());

    public static P.OptionalStringMap? FromStringMap(Optional<IReadOnlyDictionary<string, string>> value) =>
        Wrap(value, v =>
        {
            var map = new P.OptionalStringMap();
            WireFormat.CopyStrings(v, map.Values);
            return map;
        });

    public static Optional<IReadOnlyDictionary<string, string>> ToStringMap(P.OptionalStringMap? wrapper) =>
        Unwrap(wrapper, w => WireFormat.ToStrings(w.Values));

    public static P.OptionalTlsCertificate? FromNullableCertificate(Optional<TlsCertificate?> value) =>
        Wrap(value, v => new P.OptionalTlsCertificate { Value = v?.ToProto() });

    public static Optional<TlsCertificate?> ToNullableCertificate(P.OptionalTlsCertificate? wrapper) =>
        Unwrap(wrapper, w => w.Value?.ToContract());

    public static P.OptionalTlsCertificateList? FromCertificateList(Optional<IReadOnlyList<TlsCertificate>> value) =>
        Wrap(value, v => new P.OptionalTlsCertificateList { Values = { v.Select(c => c.ToProto()) } });

    public static Optional<IReadOnlyList<TlsCertificate>> ToCertificateList(P.OptionalTlsCertificateList? wrapper) =>
        Unwrap<P.OptionalTlsCertificateList, IReadOnlyList<TlsCertificate>>(
            wrapper, w => w.Values.Select(c => c.ToContract()).ToArray());

    public static P.OptionalSessionPersistence? FromNullableSessionPersistence(Optional<SessionPersistence?> value) =>
        Wrap(value, v => new P.OptionalSessionPersistence { Value = v?.ToProto() });

    public static Optional<SessionPersistence?> ToNullableSessionPersistence(P.OptionalSessionPersistence? wrapper) =>
        Unwrap(wrapper, w => w.Value?.ToContract());

    private static TWrapper? Wrap<T, TWrapper>(Optional<T> value, Func<T, TWrapper> wrap)
        where TWrapper : class =>
        value.TryGetValue(out var v) ? wrap(v) : null;

    private static Optional<T> Unwrap<TWrapper, T>(TWrapper? wrapper, Func<TWrapper, T> unwrap)
        where TWrapper : class =>
        wrapper is null ? Optional<T>.Unset : new Optional<T>(unwrap(wrapper));

    private static FormatException NullNotAllowed(string field) =>
        new($"Field '{field}' cannot be set to null; send a value or leave the wrapper out.");
}
