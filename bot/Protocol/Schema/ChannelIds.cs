namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>Channel ids as channels send them in <see cref="Activity.ChannelId"/>.</summary>
public static class ChannelIds
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string MsTeams = "msteams";
    public const string WhatsApp = "whatsapp";
    public const string Test = "test";
    public const string Console = "console";
}
