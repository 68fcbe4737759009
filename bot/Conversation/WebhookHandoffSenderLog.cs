namespace Bouwmarkt.Bot.Conversation;

/// <summary>Log messages of <see cref="WebhookHandoffSender"/>: counts and statuses, never the summary or the contact.</summary>
internal static partial class WebhookHandoffSenderLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Handoff sent to the wijkteam inbox ({NeedCount} needs, urgent {Urgent}).")]
    public static partial void Sent(this ILogger logger, int needCount, bool urgent);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Handoff could not be delivered (HTTP status {Status}; 0 = no answer).")]
    public static partial void Failed(this ILogger logger, int status);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Handoff:WebhookUrl is not set; a resident's handoff could not be sent (said once; later ones are logged at Debug).")]
    public static partial void NotConfigured(this ILogger logger);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Debug, Message = "Handoff:WebhookUrl is not set; another handoff could not be sent.")]
    public static partial void NotConfiguredAgain(this ILogger logger);
}
