using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>The intake dialog on in-memory storage with stand-in recognizer and matcher, driven by a <see cref="DialogTestClient"/>.</summary>
public sealed class DialogIntakeHarness
{
    private static readonly Lazy<HelpTaxonomy> SharedTaxonomy = new(() => TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath));
    private static readonly Lazy<TextCatalog> SharedTexts = new(() => TextCatalog.Load());

    public DialogIntakeHarness(string channelId = ChannelIds.Test, IStorage? storage = null, IOfferMatcher? matcher = null, IRecognizer? recognizer = null, int maxAttempts = 3, ICrisisCheck? crisis = null, ILearningStore? learning = null)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        Recognizer = recognizer ?? new DialogKeywordRecognizer(Taxonomy);
        Matcher = matcher ?? new DialogFixedMatcher();
        Dialog = new IntakeDialog(new IntakeServices(Recognizer, Matcher, Taxonomy, Texts, Handoff, Feedback, ConversationState, UserState,
            new IntakeOptions { PrivacyUrl = "https://example.nl/privacy", MaxAttempts = maxAttempts })
        {
            Crisis = crisis ?? new Bouwmarkt.Bot.Knowledge.Recognition.Crisis.CrisisDetector(),
            Learning = learning,
        });
        Client = new DialogTestClient(channelId, Dialog, ConversationState, null, UserState);
    }

    public static HelpTaxonomy Taxonomy => SharedTaxonomy.Value;

    public static TextCatalog Texts => SharedTexts.Value;

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public IRecognizer Recognizer { get; }

    public IOfferMatcher Matcher { get; }

    public DialogRecordingHandoffSender Handoff { get; } = new();

    public DialogRecordingFeedbackStore Feedback { get; } = new();

    public IntakeDialog Dialog { get; }

    public DialogTestClient Client { get; }

    /// <summary>The text of <paramref name="key"/> with placeholders filled.</summary>
    public static string T(string key, params (string, string)[] values) => Texts.Format(key, values);

    /// <summary>Sends <paramref name="text"/> and returns every reply of the turn.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var first = await Client.SendActivityAsync(text);
        return first is null ? [] : [first, .. Client.GetAllReplies()];
    }

    /// <summary>Every reply's text of one turn, joined, for 'contains' checks.</summary>
    public async Task<string> SayTextAsync(string text) => string.Join("\n", (await SayAsync(text)).Select(a => a.Text));

    /// <summary>The last reply's text of one turn: the question now open.</summary>
    public async Task<string?> AskedAfterAsync(string text) => (await SayAsync(text)).LastOrDefault()?.Text;

    /// <summary>Walks the self path up to the area question: greets, tells <paramref name="need"/>, confirms it, chooses 'voor mezelf'.</summary>
    public async Task ReachAreaQuestionAsync(string need)
    {
        await SayAsync("hallo");
        await SayAsync(need);
        await SayAsync("ja");
        await SayAsync("voor mezelf");
    }
}
