using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the knowledge base (taxonomy, recognizer, offers, matcher) and maps the intake API.</summary>
public static class IntakeSetup
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Loaded once: every turn and every API call shares this immutable taxonomy. Read from here on the thread pool,
        // beside the rest of the start-up (tens of milliseconds of YAML), and taken when first asked for.
        var taxonomy = Task.Run(() => TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath));
        builder.Services.AddSingleton(_ => taxonomy.GetAwaiter().GetResult());
        builder.AddRecognition();
        builder.AddOffers();
        return builder;
    }

    public static WebApplication MapIntakeApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/intake").WithTags("Intake");
        group.MapAnalyze();
        group.MapMatch();
        return app;
    }
}
