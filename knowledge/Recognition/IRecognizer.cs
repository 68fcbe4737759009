namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>Maps a resident's own words onto the taxonomy: needs, narrower concepts and urgency.</summary>
/// <remarks>The dialogs and <c>/api/intake/analyze</c> use the very same instance.</remarks>
public interface IRecognizer
{
    ValueTask<Recognition> RecognizeAsync(string text, CancellationToken cancellationToken);
}
