using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Runs one Direct Line turn through the bot's pipeline; the seam to the host's shared turn runner.</summary>
public interface IDirectLineTurnRunner
{
    Task RunAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken);
}
