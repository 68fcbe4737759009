namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Runs the rest of the pipeline: the next middleware, or the bot.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
