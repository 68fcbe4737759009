using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Receives every activity of a conversation, incoming and outgoing, for a <c>.transcript</c>.</summary>
/// <remarks>Called by the transcript-capture middleware. Implementations decide what may be kept (privacy).</remarks>
public interface ITranscriptLogger
{
    Task LogActivityAsync(Activity activity, CancellationToken cancellationToken);
}
