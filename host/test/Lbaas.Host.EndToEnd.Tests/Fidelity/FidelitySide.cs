namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>One implementation under comparison: its client, the values captured on it, and how it settles PENDING_* objects.</summary>
internal sealed class FidelitySide(string name, HttpClient http, Func<IReadOnlyList<string>, Task> settleAsync)
{
    public string Name { get; } = name;

    public HttpClient Http { get; } = http;

    /// <summary>Gets the values substituted for <c>{{name}}</c>: ids captured by steps and the fixture's seeds.</summary>
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Brings every object the last write touched out of PENDING_* (the given paths are the ones to watch).</summary>
    public Task SettleAsync(IReadOnlyList<string> paths) => settleAsync(paths);
}
