using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lbaas.Host.EndToEnd.Tests.Support;

namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>Sends each step of a corpus to upstream Octavia and to our host and reports every difference, naming the step.</summary>
/// <remarks>
/// Compared per step: the status code; for errors the faultstring; for successes the set of keys (recursively) and every
/// value except those that legitimately differ between two deployments (<see cref="DeploymentValues"/>). Ids are compared
/// by the variable that captured them, so <c>listeners: [{id}]</c> must name the same objects on both sides.
/// </remarks>
internal sealed partial class DifferentialRunner(FidelitySide upstream, FidelitySide ours)
{
    /// <summary>Values that depend on the deployment, not on the API: addresses, clocks, provider names.</summary>
    private static readonly HashSet<string> DeploymentValues = new(StringComparer.Ordinal)
    {
        "created_at", "updated_at", "vip_address", "vip_port_id", "vip_network_id", "provider",
    };

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"https?://(127\.0\.0\.1|localhost):\d+")]
    private static partial Regex BaseUrl();

    public async Task<IReadOnlyList<string>> RunAsync(IEnumerable<FidelityStep> steps)
    {
        var failures = new List<string>();
        var number = 0;
        foreach (var step in steps)
        {
            number++;
            var label = $"#{number} '{step.Name}'";
            if (!TryResolve(step, upstream, out var upstreamPath, out var upstreamBody, out var missing)
                || !TryResolve(step, ours, out var oursPath, out var oursBody, out missing))
            {
                failures.Add($"{label}: {step}\n  not run: no value for {{{{{missing}}}}} (an earlier step failed on one side)");
                continue;
            }

            var theirs = await SendAsync(upstream, step.Method, upstreamPath, upstreamBody);
            var mine = await SendAsync(ours, step.Method, oursPath, oursBody);
            var problems = Compare(step, theirs, mine);
            if (problems.Count > 0)
            {
                failures.Add(
                    $"{label}: {step}\n  " + string.Join("\n  ", problems) +
                    $"\n  upstream: {theirs}\n  ours:     {mine}");
            }

            await AfterAsync(step, upstream, upstreamPath, theirs);
            await AfterAsync(step, ours, oursPath, mine);
        }

        return failures;
    }

    private static bool TryResolve(FidelityStep step, FidelitySide side, out string path, out string? body, out string missing)
    {
        var absent = string.Empty;
        string Substitute(string text) => Placeholder().Replace(text, m =>
        {
            if (side.Variables.TryGetValue(m.Groups[1].Value, out var value))
            {
                return value;
            }

            absent = m.Groups[1].Value;
            return m.Value;
        });

        path = Substitute(step.Path);
        body = step.Body is null ? null : Substitute(step.Body);
        missing = absent;
        return absent.Length == 0;
    }

    private static async Task<Exchange> SendAsync(FidelitySide side, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.ParseAdd("application/json");
        using var response = await side.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (text.Length > 0)
        {
            try
            {
                json = JsonNode.Parse(Normalise(side, text));
            }
            catch (JsonException)
            {
                // Upstream answers some errors in plain text; Exchange.Fault then carries the text itself.
            }
        }

        return new Exchange((int)response.StatusCode, Normalise(side, text), json, text);
    }

    /// <summary>Replaces captured ids by their variable names, other UUIDs by a marker, and the server's base URL.</summary>
    private static string Normalise(FidelitySide side, string text)
    {
        foreach (var (name, value) in side.Variables.OrderByDescending(v => v.Value.Length))
        {
            text = text.Replace(value, "{{" + name + "}}", StringComparison.Ordinal);
        }

        return BaseUrl().Replace(Uuid().Replace(text, "<uuid>"), "<base>");
    }

    private static List<string> Compare(FidelityStep step, Exchange theirs, Exchange mine)
    {
        var problems = new List<string>();
        if (step.Deviation is { OursStatus: not null } deviation)
        {
            if (deviation.UpstreamStatus is { } expected && theirs.Status != expected)
            {
                problems.Add($"deviation stale: upstream answered {theirs.Status}, the corpus expects {expected} ({deviation.Reason})");
            }

            if (mine.Status != deviation.OursStatus)
            {
                problems.Add($"ours answered {mine.Status}, the documented deviation expects {deviation.OursStatus} ({deviation.Reason})");
            }

            if (deviation.OursFault is not null && mine.Fault != deviation.OursFault)
            {
                problems.Add($"our faultstring differs from the documented one: expected \"{deviation.OursFault}\"");
            }

            return problems;
        }

        if (theirs.Status != mine.Status)
        {
            problems.Add($"status: upstream {theirs.Status}, ours {mine.Status}");
            return problems;
        }

        if (!theirs.IsSuccess)
        {
            if (theirs.Fault != mine.Fault)
            {
                problems.Add($"faultstring: upstream \"{theirs.Fault}\", ours \"{mine.Fault}\"");
            }

            return problems;
        }

        var ignored = step.Deviation?.Fields ?? [];
        CompareNodes(theirs.Json, mine.Json, step.Method == "POST" ? "" : "~", step.Ordered, ignored, problems);
        return problems;
    }

    // A path starting with '~' marks a response that is not a create's: initial operating statuses are compared only there.
    private static void CompareNodes(JsonNode? a, JsonNode? b, string path, bool ordered, IReadOnlyList<string> ignored, List<string> problems)
    {
        var shown = path.TrimStart('~');
        if (ignored.Contains(shown))
        {
            return;
        }

        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var child = shown.Length == 0 ? key : $"{shown}.{key}";
                    var full = path.StartsWith('~') ? "~" + child : child;
                    if (ignored.Contains(child))
                    {
                        continue;
                    }

                    var inX = x.TryGetPropertyValue(key, out var vx);
                    var inY = y.TryGetPropertyValue(key, out var vy);
                    if (inX != inY)
                    {
                        problems.Add($"key {child}: only {(inX ? "upstream" : "ours")} has it ({(inX ? vx : vy)?.ToJsonString() ?? "null"})");
                    }
                    else if (DeploymentValues.Contains(key) || (key == "operating_status" && path.StartsWith('~')))
                    {
                        continue;
                    }
                    else
                    {
                        CompareNodes(vx, vy, full, ordered, ignored, problems);
                    }
                }

                break;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    problems.Add($"{shown}: upstream has {x.Count} items {x.ToJsonString()}, ours {y.Count} {y.ToJsonString()}");
                    break;
                }

                var xs = ordered ? x.ToList() : SortById(x);
                var ys = ordered ? y.ToList() : SortById(y);
                for (var i = 0; i < xs.Count; i++)
                {
                    CompareNodes(xs[i], ys[i], (path.StartsWith('~') ? "~" : "") + shown + "[]", ordered, ignored, problems);
                }

                break;
            default:
                var left = a?.ToJsonString() ?? "null";
                var right = b?.ToJsonString() ?? "null";
                if (left != right)
                {
                    problems.Add($"{shown}: upstream {left}, ours {right}");
                }

                break;
        }
    }

    private static List<JsonNode?> SortById(JsonArray items) =>
        items.All(i => i is JsonObject o && o.ContainsKey("id"))
            ? [.. items.OrderBy(i => i!["id"]?.ToJsonString(), StringComparer.Ordinal)]
            : items.All(i => i is JsonValue) ? [.. items.OrderBy(i => i?.ToJsonString(), StringComparer.Ordinal)] : [.. items];

    private static async Task AfterAsync(FidelityStep step, FidelitySide side, string path, Exchange exchange)
    {
        if (!exchange.IsSuccess)
        {
            return;
        }

        string? id = null;
        if (exchange.RawBody.Length > 0 && JsonNode.Parse(exchange.RawBody) is JsonObject envelope && envelope.Count > 0
            && envelope.First().Value is JsonObject single && single["id"] is JsonValue value)
        {
            id = value.ToString();
        }

        if (step.Capture is not null)
        {
            side.Variables[step.Capture] = id
                ?? throw new InvalidOperationException($"step '{step.Name}' on {side.Name}: no id to capture in {exchange.Body}");
        }

        if (step.Method == "GET" || step.NoSettle)
        {
            return;
        }

        var bare = path.Split('?')[0];
        var watched = new List<string>();
        if (step.Method == "POST" && id is not null)
        {
            watched.Add($"{bare}/{id}");
        }
        else if (step.Method != "POST")
        {
            watched.Add(bare);
        }

        watched.AddRange(side.Variables.Where(v => v.Key.StartsWith("lb", StringComparison.Ordinal))
            .Select(v => $"/v2/lbaas/loadbalancers/{v.Value}"));
        await side.SettleAsync(watched);
    }

    /// <summary>Waits until nothing under <paramref name="path"/> is PENDING_* (or it is gone): how our host settles.</summary>
    public static Task WaitUntilSettledAsync(HttpClient http, string path) =>
        Eventually.MatchAsync(
            async ct =>
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
                var text = await response.Content.ReadAsStringAsync(ct);
                return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + text;
            },
            seen => seen.StartsWith("404", StringComparison.Ordinal) || !seen.Contains("\"PENDING_", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            $"nothing PENDING_* at {path} on our host");
}
