namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>How choices are shown, as Bot Builder names it.</summary>
public enum ListStyle
{
    None,
    Auto,
    Inline,
    List,
    SuggestedAction,
    HeroCard,
}
