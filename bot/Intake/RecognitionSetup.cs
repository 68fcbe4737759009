using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the recognizer (local, optionally Semantic Kernel) and maps <c>POST /api/intake/analyze</c>.</summary>
public static class RecognitionSetup
{
    public static WebApplicationBuilder AddRecognition(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<LocalRecognizerOptions>(builder.Configuration.GetSection(LocalRecognizerOptions.Section));
        builder.Services.AddSingleton<CrisisDetector>();
        builder.Services.AddSingleton(sp => new LocalRecognizer(
            sp.GetRequiredService<HelpTaxonomy>(),
            sp.GetRequiredService<CrisisDetector>(),
            sp.GetRequiredService<IOptions<LocalRecognizerOptions>>().Value));

        // One recognizer for the dialogs and the API alike.
        builder.Services.AddSingleton<IRecognizer>(sp => sp.GetRequiredService<LocalRecognizer>());
        return builder;
    }

    public static RouteGroupBuilder MapAnalyze(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/analyze", AnalyzeEndpoint.HandleAsync);
        return group;
    }
}
