using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Registers and maps the Conversation feature.</summary>
public static class ConversationSetup
{
    /// <summary>Registers the intake bot, its dialogs (built once), the texts, the handoff sender and the feedback store.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IntakeOptions>().Bind(builder.Configuration.GetSection(IntakeOptions.Section))
            .Validate(o => o.MaxAttempts >= 1, "Intake:MaxAttempts must be 1 or more.")
            .Validate(o => Uri.TryCreate(o.PrivacyUrl, UriKind.Absolute, out _), "Intake:PrivacyUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<HandoffOptions>().Bind(builder.Configuration.GetSection(HandoffOptions.Section));
        services.AddSingleton(_ => TextCatalog.Load());
        services.AddHttpClient(WebhookHandoffSender.ClientName);
        services.AddSingleton<IHandoffSender, WebhookHandoffSender>();
        services.AddSingleton<IFeedbackStore, StorageFeedbackStore>();
        services.AddSingleton(sp => new IntakeServices(
            sp.GetRequiredService<IRecognizer>(),
            // Until the offers feature registers its matcher, the intake still runs and says to call the wijkteam.
            sp.GetRequiredService<IOfferMatcher>(),
            sp.GetRequiredService<HelpTaxonomy>(),
            sp.GetRequiredService<TextCatalog>(),
            sp.GetRequiredService<IHandoffSender>(),
            sp.GetRequiredService<IFeedbackStore>(),
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<UserState>(),
            sp.GetRequiredService<IOptions<IntakeOptions>>().Value)
        {
            Time = sp.GetService<TimeProvider>() ?? TimeProvider.System,
            Crisis = sp.GetRequiredService<ICrisisCheck>(),
            Logger = sp.GetRequiredService<ILogger<IntakeDialog>>(),
            Learning = Learning.LearningSetup.StoreIfAsking(sp),
        });
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<IntakeBot>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<IntakeBot>());
        return builder;
    }
}
