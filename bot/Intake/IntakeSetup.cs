namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers and maps the Intake feature.</summary>
public static class IntakeSetup
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapIntakeApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
