using System.Net;

namespace Bouwmarkt.Bot.BotFramework.Connector;

/// <summary>The Bot Connector answered a reply with something other than 200, 201 or 202.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() : base("The Bot Connector refused the call.") { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception inner) : base(message, inner) { }

    public ConnectorException(HttpStatusCode statusCode)
        : base($"The Bot Connector answered {(int)statusCode}.") => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
