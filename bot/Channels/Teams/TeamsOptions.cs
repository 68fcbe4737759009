using System.ComponentModel.DataAnnotations;

namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>What the Teams app package says about the bot; the rest comes from <c>MicrosoftAppId</c>, <c>Site</c>, <c>DirectLine</c> and <c>Intake</c>.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>The Teams app's id (a GUID). Empty: the bot's <c>MicrosoftAppId</c>, the usual choice for a single-bot app.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app package version; raise it for every upload to Teams.</summary>
    [RegularExpression(@"^\d+\.\d+\.\d+$")]
    public string AppVersion { get; set; } = "1.0.0";

    /// <summary>The publisher's name. Empty: <c>Site:MunicipalityName</c>.</summary>
    public string DeveloperName { get; set; } = "";

    /// <summary>The publisher's website (https).</summary>
    [Url]
    public string WebsiteUrl { get; set; } = "https://www.example.nl";

    /// <summary>The terms of use (https).</summary>
    [Url]
    public string TermsOfUseUrl { get; set; } = "https://www.example.nl/voorwaarden-chatbot";

    /// <summary>Domains the app may open inside Teams. Empty: the host names of the website and privacy pages.</summary>
    public string[] ValidDomains { get; set; } = [];
}
