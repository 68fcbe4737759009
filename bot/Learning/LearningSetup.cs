using Bouwmarkt.Bot.Dialogs.Intake;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Learning;

/// <summary>Registers and maps the Learning feature: messages residents give with consent, and their export for staff.</summary>
public static class LearningSetup
{
    /// <summary>Registers <see cref="LearningOptions"/> (checked at start) and the store.</summary>
    public static WebApplicationBuilder AddLearning(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LearningOptions>().Bind(builder.Configuration.GetSection(LearningOptions.Section))
            .Validate(o => o.HasUsableExportKey, $"Learning:ExportKey must be at least {LearningOptions.MinExportKeyLength} characters.")
            .ValidateOnStart();
        builder.Services.AddSingleton<StorageLearningStore>();
        return builder;
    }

    /// <summary>The store the intake gives messages to, or null when residents are not asked.</summary>
    public static ILearningStore? StoreIfAsking(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<IOptions<LearningOptions>>().Value.AskResidents
            ? services.GetRequiredService<StorageLearningStore>()
            : null;
    }

    /// <summary>Maps the export only when an export key is configured: without one it does not exist (404).</summary>
    public static WebApplication MapLearning(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<LearningOptions>>().Value.ExportKey))
        {
            app.MapGet(LearningExportEndpoint.Route, LearningExportEndpoint.HandleAsync);
        }

        return app;
    }
}
