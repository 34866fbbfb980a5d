using System.Text.Json.Nodes;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>What one side answered to one step: status, raw body and, when it parsed, the normalised JSON.</summary>
internal sealed record Exchange(int Status, string Body, JsonNode? Json, string RawBody)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Gets the faultstring of a JSON fault, or the plain-text body upstream sends for some errors.</summary>
    public string Fault => Json is JsonObject o && o["faultstring"] is JsonValue v ? v.ToString() : Body.Trim();

    public override string ToString() => $"{Status} {(Body.Length > 1500 ? Body[..1500] + "…" : Body)}";
}
