using System.Text.Json;

namespace Lbaas.Host.Api;

/// <summary>Describes one attribute of a resource as the API shows, filters and sorts it.</summary>
/// <typeparam name="T">The resource view.</typeparam>
/// <param name="Name">The API name.</param>
/// <param name="Get">Reads the value.</param>
/// <param name="Rendered">Whether responses show it (hidden fields only filter, such as <c>loadbalancer_id</c>).</param>
/// <param name="OmitWhenNull">Whether a null value drops the key, as upstream does for an unset attribute (a pool's <c>healthmonitor_id</c>).</param>
public sealed record ResourceField<T>(string Name, Func<T, object?> Get, bool Rendered = true, bool OmitWhenNull = false)
{
    /// <summary>Gets the name encoded once, so writing a list does not transcode it for every item.</summary>
    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
}
