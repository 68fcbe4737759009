// An ASP.NET Core host with nothing of the bot: the same two requests the start test sends the bot, answered at once.
// HostStartTests starts it beside the bot, so the time the machine itself needs for a .NET web host is known.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/healthz", () => Results.Json(new { status = "healthy" }));
app.MapPost("/api/intake/analyze", async (HttpRequest request) =>
{
    using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
    return Results.Json(new { needs = Array.Empty<object>(), urgent = false });
});
await app.RunAsync();
