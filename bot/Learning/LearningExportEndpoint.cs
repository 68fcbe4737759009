using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Learning;

/// <summary>
/// <c>GET /api/learning/messages</c>: the messages residents gave, one JSON object per line in the format of the
/// recognizer's message sets (<c>text</c>, <c>needs</c> as the resident confirmed them, <c>also_ok</c>, <c>urgent</c>),
/// plus <c>recognized</c>, <c>date</c> and <c>channel</c> for the reviewer. A wijkteam worker checks the labels before
/// the file joins <c>knowledge/Recognition/Messages</c>.
/// </summary>
public static partial class LearningExportEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/api/learning/messages";

    public static async Task<IResult> HandleAsync(
        HttpContext http, StorageLearningStore store, IOptions<LearningOptions> options, ILogger<StorageLearningStore> logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (!HasKey(http.Request, options.Value.ExportKey!))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sleutel ontbreekt of klopt niet.",
                detail: "Send the export key as 'Authorization: Bearer <Learning:ExportKey>'.");
        }

        var entries = await store.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        LogExported(logger, entries.Count);
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer);
        foreach (var entry in entries)
        {
            json.Reset();
            json.WriteStartObject();
            json.WriteString("text", entry.Text);
            WriteIds(json, "needs", entry.Confirmed);
            WriteIds(json, "also_ok", []);
            json.WriteBoolean("urgent", false);
            WriteIds(json, "recognized", entry.Recognized);
            json.WriteString("date", entry.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("channel", entry.ChannelId);
            json.WriteEndObject();
            json.Flush();
            buffer.WriteByte((byte)'\n');
        }

        return Results.Bytes(buffer.ToArray(), "application/x-ndjson");
    }

    // Constant time, so the key cannot be found a character at a time.
    private static bool HasKey(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(key));
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Exported {Count} messages given for learning.")]
    private static partial void LogExported(ILogger logger, int count);
}
