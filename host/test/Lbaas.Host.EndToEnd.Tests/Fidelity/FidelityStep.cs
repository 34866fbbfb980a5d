namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>One request of a differential corpus, sent alike to upstream Octavia and to our host.</summary>
/// <remarks>
/// <c>{{name}}</c> in the path or body is replaced, per side, by a value captured earlier (an id) or seeded by the fixture
/// (<c>{{subnet}}</c>, <c>{{project}}</c>). A step that answers 2xx to a write is followed by a settle on both sides.
/// </remarks>
internal sealed record FidelityStep(string Name, string Method, string Path, string? Body = null)
{
    /// <summary>Gets the variable that receives the id of the returned object.</summary>
    public string? Capture { get; init; }

    /// <summary>Gets a documented, deliberate difference; the step then checks each side against its own expectation.</summary>
    public Deviation? Deviation { get; init; }

    /// <summary>Gets a value indicating whether list order is part of the contract (sorted lists), instead of sorting by id.</summary>
    public bool Ordered { get; init; }

    /// <summary>Gets a value indicating whether a successful write is left unsettled (the next step then meets PENDING_*).</summary>
    public bool NoSettle { get; init; }

    public override string ToString() => $"{Method} {Path}{(Body is null ? string.Empty : " " + Body)}";

    public static FidelityStep Get(string name, string path) => new(name, "GET", path);

    public static FidelityStep Post(string name, string path, string body) => new(name, "POST", path, body);

    public static FidelityStep Put(string name, string path, string body) => new(name, "PUT", path, body);

    public static FidelityStep Delete(string name, string path) => new(name, "DELETE", path);
}

/// <summary>A deliberate difference from upstream, with its reason; listed in <c>docs/octavia-deviations.md</c>.</summary>
/// <remarks>
/// With <see cref="OursStatus"/> set, each side is checked against its own expected status (and ours against
/// <see cref="OursFault"/>); with only <see cref="Fields"/> set, the rest of the exchange is compared as usual.
/// </remarks>
internal sealed record Deviation(string Reason)
{
    public int? UpstreamStatus { get; init; }

    public int? OursStatus { get; init; }

    /// <summary>Gets our expected faultstring after id normalisation; null leaves it unchecked.</summary>
    public string? OursFault { get; init; }

    /// <summary>Gets dotted response paths whose values (or presence) differ on purpose.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}
