var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => Results.Json(new { versions = Array.Empty<object>() }));
await app.RunAsync();
