using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Bouwmarkt.Bot.Protocol.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Everything the intake dialogs use; all singletons, built once.</summary>
public sealed record IntakeServices(
    IRecognizer Recognizer,
    IOfferMatcher Matcher,
    HelpTaxonomy Taxonomy,
    TextCatalog Texts,
    IHandoffSender Handoff,
    IFeedbackStore Feedback,
    ConversationState ConversationState,
    UserState UserState,
    IntakeOptions Options)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Checks every message for a crisis: local, cheap, and never the language model (only the need question goes there).</summary>
    /// <remarks>The host gives the local recognizer: its patterns and, when loaded, its learned model.</remarks>
    public ICrisisCheck Crisis { get; init; } = new CrisisDetector();

    /// <summary>Where messages given for learning go; null (the default) means residents are not asked.</summary>
    public ILearningStore? Learning { get; init; }

    /// <summary>Logs events only (crisis kind, 'vergeet mij'), never what the resident wrote.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;
}
