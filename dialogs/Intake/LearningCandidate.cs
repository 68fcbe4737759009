namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>The message the needs came from, already scrubbed, and the needs the recognizer gave it: kept in the
/// profile only while the resident may still be asked to give it for learning.</summary>
public sealed record LearningCandidate(string Text, IReadOnlyList<string> Recognized);
