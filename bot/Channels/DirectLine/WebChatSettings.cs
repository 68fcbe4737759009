namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>What the page needs to dress Web Chat: the municipality's name and colour, and the locale.</summary>
public sealed record WebChatSettings(string MunicipalityName, string PrimaryColor, string Locale);
