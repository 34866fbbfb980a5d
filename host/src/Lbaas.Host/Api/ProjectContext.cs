namespace Lbaas.Host.Api;

/// <summary>Says who is calling: the project the request acts for and whether the caller is an admin.</summary>
/// <param name="ProjectId">The caller's project.</param>
/// <param name="IsAdmin">Whether the caller may act on every project.</param>
public sealed record ProjectContext(string ProjectId, bool IsAdmin)
{
    private static readonly object ItemKey = new();

    /// <summary>Gets the context stored on the request by <see cref="ProjectContextMiddleware"/>.</summary>
    public static ProjectContext Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is ProjectContext project
            ? project
            : throw new InvalidOperationException("No project context was set for this request.");

    /// <summary>Stores the context on the request.</summary>
    public static void Set(HttpContext context, ProjectContext project) => context.Items[ItemKey] = project;

    /// <summary>Tells whether the caller may see an object of the given project.</summary>
    public bool CanSee(string projectId) => IsAdmin || string.Equals(projectId, ProjectId, StringComparison.Ordinal);
}
