namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Log messages of the WhatsApp channel: counts, types and codes only; never text, phone numbers or ids of users (AVG).</summary>
internal static partial class WhatsAppLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "WhatsApp webhook verification refused")]
    public static partial void VerificationRefused(ILogger logger);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "WhatsApp webhook verified")]
    public static partial void Verified(ILogger logger);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "WhatsApp notification refused: signature {Reason}")]
    public static partial void SignatureRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "WhatsApp notification refused: malformed JSON")]
    public static partial void MalformedNotification(ILogger logger);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Debug, Message = "WhatsApp notification: {Messages} messages queued, {Duplicates} duplicates, {Stale} stale, {Ignored} ignored, {Statuses} statuses")]
    public static partial void Received(ILogger logger, int messages, int duplicates, int stale, int ignored, int statuses);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Warning, Message = "WhatsApp turn queue full; Meta will deliver the notification again")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 7107, Level = LogLevel.Debug, Message = "WhatsApp {MessageType} message sent")]
    public static partial void Sent(ILogger logger, string messageType);

    [LoggerMessage(EventId = 7108, Level = LogLevel.Warning, Message = "WhatsApp {MessageType} message dropped: the 24-hour customer service window is closed")]
    public static partial void SendDropped(ILogger logger, string messageType);

    [LoggerMessage(EventId = 7109, Level = LogLevel.Error, Message = "WhatsApp turn failed with {ExceptionType}")]
    public static partial void TurnFailed(ILogger logger, string? exceptionType);

    [LoggerMessage(EventId = 7110, Level = LogLevel.Warning, Message = "WhatsApp turn refused: too many turns waiting in one conversation")]
    public static partial void Busy(ILogger logger);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Warning, Message = "WhatsApp notification refused: larger than {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Information, Message = "WhatsApp turn queue stopped with {Waiting} turns still waiting")]
    public static partial void StoppedWithWaiting(ILogger logger, int waiting);
}
