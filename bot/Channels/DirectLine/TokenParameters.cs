using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Optional body of token generate and start conversation: the user, and (from directlinejs) the locale.</summary>
public sealed record TokenParameters(ChannelAccount? User = null, string? Locale = null);
