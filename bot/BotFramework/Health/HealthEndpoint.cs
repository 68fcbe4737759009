using System.Diagnostics;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.BotFramework.Health;

/// <summary><c>GET /healthz</c>: 200 with JSON when storage answers a read, 503 when it does not.</summary>
/// <remarks>Reads one key that never exists, so the check touches the store without reading anyone's data.</remarks>
public sealed partial class HealthEndpoint(IServiceProvider services, ILogger<HealthEndpoint> logger)
{
    /// <summary>The route load balancers and the lead's scripts poll.</summary>
    public const string Route = "/healthz";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly string[] ProbeKeys = ["healthz/probe"];

    // Optional until the storage feature registers one.
    private readonly IStorage? _storage = services.GetService<IStorage>();

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        string storageStatus;
        if (_storage is null)
        {
            storageStatus = "none";
        }
        else
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(Timeout);
            try
            {
                await _storage.ReadAsync(ProbeKeys, timeout.Token).ConfigureAwait(false);
                storageStatus = "ok";
            }
#pragma warning disable CA1031 // Any failure of the store means unhealthy, not a crash of the probe.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogStorageUnhealthy(logger, exception.GetType().FullName);
                storageStatus = "failing";
            }
        }

        var healthy = storageStatus != "failing";
        http.Response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", healthy ? "healthy" : "unhealthy");
        json.WriteString("storage", storageStatus);
        json.WriteNumber("durationMs", Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3));
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Health check: storage failed with {ExceptionType}")]
    private static partial void LogStorageUnhealthy(ILogger logger, string? exceptionType);
}
