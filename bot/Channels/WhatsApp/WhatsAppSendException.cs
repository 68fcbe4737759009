using System.Net;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The Graph API refused a message; carries the HTTP status and Meta's numeric error code, never the message text.</summary>
public sealed class WhatsAppSendException : Exception
{
    public WhatsAppSendException() : base("The WhatsApp Cloud API refused the message.") { }

    public WhatsAppSendException(string message) : base(message) { }

    public WhatsAppSendException(string message, Exception inner) : base(message, inner) { }

    public WhatsAppSendException(HttpStatusCode statusCode, int? errorCode)
        : base($"The WhatsApp Cloud API answered {(int)statusCode} (error code {errorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Meta's error code, e.g. 131047 when the service window is closed.</summary>
    public int? ErrorCode { get; }
}
