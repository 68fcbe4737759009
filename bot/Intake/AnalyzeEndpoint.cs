using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Microsoft.AspNetCore.Mvc;

namespace Bouwmarkt.Bot.Intake;

/// <summary><c>POST /api/intake/analyze</c>: runs the one registered <see cref="IRecognizer"/> on a message.</summary>
public static class AnalyzeEndpoint
{
    /// <summary>Longer texts are refused: a chat message is never this long, and the work per call stays bounded.</summary>
    public const int MaxTextLength = 4000;

    private const long MaxBodyBytes = 64 * 1024;

    public static async Task<IResult> HandleAsync(HttpRequest request, IRecognizer recognizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(recognizer);
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problem("Het bericht is te groot.", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        AnalyzeRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, AnalyzeJsonContext.Default.AnalyzeRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return Problem("Ongeldige JSON.", "The body must be a JSON object like {\"text\": \"...\"} with a string text.");
        }

        if (body?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return Problem("Tekst ontbreekt.", "The field 'text' is required and must be a non-empty string.");
        }

        if (text.Length > MaxTextLength)
        {
            return Problem("Tekst te lang.", $"The field 'text' may hold at most {MaxTextLength} characters.");
        }

        var recognition = await recognizer.RecognizeAsync(text, cancellationToken);
        return Results.Json(AnalyzeResponse.From(recognition), AnalyzeJsonContext.Default.AnalyzeResponse);
    }

    private static IResult Problem(string title, string detail) => Results.Json(
        new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = title, Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1" },
        AnalyzeJsonContext.Default.ProblemDetails,
        contentType: "application/problem+json",
        statusCode: StatusCodes.Status400BadRequest);
}
