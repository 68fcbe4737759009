using Microsoft.Identity.Client;

namespace Bouwmarkt.Bot.BotFramework.Auth;

/// <summary>Gives MSAL an HttpClient from <see cref="IHttpClientFactory"/>, so handlers and lifetimes are managed by the host.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    /// <summary>The HttpClient name MSAL uses.</summary>
    public const string HttpClientName = "BotFramework.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
