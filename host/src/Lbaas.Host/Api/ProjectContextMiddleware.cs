using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api;

/// <summary>Sets the caller's project: in no-auth mode every caller is admin, acting for <c>X-Project-Id</c> or the default project.</summary>
public sealed class ProjectContextMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public const string ProjectHeader = "X-Project-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers[ProjectHeader].ToString();
        var project = string.IsNullOrWhiteSpace(header) ? options.Value.DefaultProjectId : header.Trim();
        ProjectContext.Set(context, new ProjectContext(project, IsAdmin: true));
        return next(context);
    }
}
