using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Dialogs.Texts;

namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>Fills the Teams app manifest template (<c>manifest/manifest.template.json</c>, schema 1.17) from configuration and texts.</summary>
/// <remarks>
/// Placeholders are <c>{{NAME}}</c> inside JSON strings, so the template stays valid JSON and values are escaped by
/// the serializer; an array item that is only a list placeholder (<c>["{{VALID_DOMAINS}}"]</c>) becomes its items.
/// Teams' limits are checked here, so a bad package fails on the command line rather than at upload.
/// </remarks>
public static partial class TeamsManifest
{
    /// <summary>The template's name as an embedded resource.</summary>
    public const string TemplateResource = "Bouwmarkt.Bot.Teams.manifest.template.json";

    /// <summary>The icon file names the template refers to.</summary>
    public const string ColorIconFile = "color.png";

    /// <inheritdoc cref="ColorIconFile"/>
    public const string OutlineIconFile = "outline.png";

    /// <summary>The template as shipped in the assembly.</summary>
    public static string LoadTemplate()
    {
        using var stream = typeof(TeamsManifest).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"The resource {TemplateResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Fills <paramref name="template"/> (default: the shipped one) from <paramref name="configuration"/> and <paramref name="texts"/>.</summary>
    public static TeamsManifestResult Build(IConfiguration configuration, TextCatalog texts, string? template = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(texts);
        var teams = configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
        var site = configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        var directLine = configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
        var intake = configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions();
        var botId = configuration["MicrosoftAppId"] ?? "";
        var appId = teams.AppId.Length > 0 ? teams.AppId : botId;

        var problems = new List<string>();
        if (botId.Length == 0)
        {
            problems.Add("MicrosoftAppId is empty: Teams needs the bot's app id (the Azure Bot's Microsoft App ID).");
        }
        else if (!Guid.TryParse(botId, out _))
        {
            problems.Add("MicrosoftAppId is not a GUID.");
        }

        if (teams.AppId.Length > 0 && !Guid.TryParse(teams.AppId, out _))
        {
            problems.Add("Teams:AppId is not a GUID.");
        }

        var values = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["APP_VERSION"] = [teams.AppVersion],
            ["APP_ID"] = [appId],
            ["BOT_ID"] = [botId],
            ["LANGUAGE"] = [site.Locale.ToLowerInvariant()],
            ["DEVELOPER_NAME"] = [teams.DeveloperName.Length > 0 ? teams.DeveloperName : site.MunicipalityName],
            ["WEBSITE_URL"] = [teams.WebsiteUrl],
            ["PRIVACY_URL"] = [intake.PrivacyUrl],
            ["TERMS_OF_USE_URL"] = [teams.TermsOfUseUrl],
            ["SHORT_NAME"] = [directLine.BotName],
            ["FULL_NAME"] = [texts.Format("teams.full_name", ("bot", directLine.BotName), ("municipality", site.MunicipalityName))],
            ["SHORT_DESCRIPTION"] = [texts["teams.short_description"]],
            ["FULL_DESCRIPTION"] = [texts["teams.full_description"]],
            ["ACCENT_COLOR"] = [site.PrimaryColor],
            ["VALID_DOMAINS"] = teams.ValidDomains.Length > 0
                ? teams.ValidDomains
                : [.. new[] { teams.WebsiteUrl, intake.PrivacyUrl }.Select(HostOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        problems.AddRange(CheckLimits(values));

        var root = JsonNode.Parse(template ?? LoadTemplate()) as JsonObject
            ?? throw new InvalidOperationException("The Teams manifest template is not a JSON object.");
        var filled = (JsonObject)Fill(root, values, problems)!;
        return problems.Count == 0 ? new TeamsManifestResult(filled, []) : new TeamsManifestResult(null, problems);
    }

    private static IEnumerable<string> CheckLimits(Dictionary<string, string[]> values)
    {
        foreach (var (name, max) in new[] { ("SHORT_NAME", 30), ("FULL_NAME", 100), ("SHORT_DESCRIPTION", 80), ("FULL_DESCRIPTION", 4000), ("DEVELOPER_NAME", 32) })
        {
            var value = values[name][0];
            if (value.Length == 0 || value.Length > max)
            {
                yield return $"{name} must have 1 to {max} characters (it has {value.Length}).";
            }
        }

        foreach (var name in new[] { "WEBSITE_URL", "PRIVACY_URL", "TERMS_OF_USE_URL" })
        {
            if (!Uri.TryCreate(values[name][0], UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"{name} must be an absolute https URL.";
            }
        }

        if (!HexColor().IsMatch(values["ACCENT_COLOR"][0]))
        {
            yield return "ACCENT_COLOR must look like #00587A.";
        }

        if (!Version().IsMatch(values["APP_VERSION"][0]))
        {
            yield return "APP_VERSION must look like 1.0.0.";
        }
    }

    private static JsonNode? Fill(JsonNode? node, Dictionary<string, string[]> values, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    filled[key] = Fill(value, values, problems);
                }

                return filled;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    if (item is JsonValue v && v.TryGetValue<string>(out var s) && Placeholder().Match(s) is { Success: true } whole
                        && whole.Length == s.Length && values.TryGetValue(whole.Groups["name"].Value, out var list) && list.Length != 1)
                    {
                        foreach (var entry in list)
                        {
                            items.Add(entry);
                        }
                    }
                    else
                    {
                        items.Add(Fill(item, values, problems));
                    }
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Placeholder().Replace(text, match =>
                {
                    var name = match.Groups["name"].Value;
                    if (values.TryGetValue(name, out var replacement))
                    {
                        return string.Join(", ", replacement);
                    }

                    problems.Add($"The template names {{{{{name}}}}}, which has no value.");
                    return match.Value;
                }));
            default:
                return node?.DeepClone();
        }
    }

    private static string? HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    [GeneratedRegex(@"\{\{(?<name>[A-Z_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}
