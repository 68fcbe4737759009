using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Yes or no, with Dutch variants ('jazeker', 'klopt', 'nee hoor', 'liever niet') and the numbers of the two buttons.</summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    private readonly IReadOnlyList<Choice> _choices;

    public ConfirmPrompt(string id, PromptSettings settings, PromptValidator<bool>? validator = null) : base(id, settings, validator)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _choices = [new Choice(settings.Texts["prompt.yes"]), new Choice(settings.Texts["prompt.no"])];
    }

    protected override IReadOnlyList<Choice> ChoicesFor(PromptOptions options) => _choices;

    protected override PromptRecognizerResult<bool> Recognize(string? text, PromptOptions options)
    {
        if (DutchInput.ReadYesNo(text) is { } yesNo)
        {
            return new(true, yesNo);
        }

        var n = DutchInput.Normalize(text);
        for (var i = 0; i < _choices.Count; i++)
        {
            if (n == DutchInput.Normalize(_choices[i].Value) || n == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return new(true, i == 0);
            }
        }

        return PromptRecognizerResult<bool>.Failed;
    }

    protected override JsonNode ToNode(bool value) => JsonValue.Create(value);
}
