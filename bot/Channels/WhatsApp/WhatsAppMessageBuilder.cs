using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Turns one bot activity into the Cloud API messages that show it, within WhatsApp's limits.</summary>
/// <remarks>
/// <para>Text: one message per 4096 characters, split at paragraphs. Suggested actions (imBack, postBack,
/// messageBack): 1–3 become reply buttons, 4–10 a list, more a numbered list in the text. Button and row ids are the
/// action's value, so a tap comes back as the words the dialog offered; titles are cut to fit ("…"), and a row shows
/// its whole title as description. If cutting makes two titles or ids equal, the choices are numbered instead.</para>
/// <para>The interactive body is the activity's text when it fits in 1024 characters; a longer text goes first as a
/// text message. Hero cards (offers) become text with their links. Typing, traces and other attachments are not
/// sent. Stateless and thread-safe; the two labels come from texts.nl.yaml.</para>
/// </remarks>
internal sealed class WhatsAppMessageBuilder(TextCatalog texts)
{
    private static readonly HashSet<string> ChoiceActions = new(StringComparer.Ordinal)
    {
        ActionTypes.ImBack, ActionTypes.PostBack, ActionTypes.MessageBack,
    };

    private readonly string _listButton = WhatsAppLimits.Cut(texts["whatsapp.list_button"], WhatsAppLimits.ListButtonLabel);
    private readonly string _choose = WhatsAppLimits.Cut(texts["whatsapp.choose"], WhatsAppLimits.InteractiveBody);

    /// <summary>The messages that show <paramref name="activity"/> to the user <paramref name="to"/>; empty when there is nothing to show.</summary>
    public IReadOnlyList<WhatsAppOutgoingMessage> Build(Activity activity, string to)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(to);
        if (activity.Type != ActivityTypes.Message)
        {
            return [];
        }

        var paragraphs = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            paragraphs.Add(activity.Text.Trim());
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (HeroCardText(attachment) is { Length: > 0 } card)
            {
                paragraphs.Add(card);
            }
        }

        var actions = activity.SuggestedActions?.Actions ?? [];
        var choices = actions.Where(a => ChoiceActions.Contains(a.Type)).Select(Choice).Where(c => c is not null).Select(c => c!.Value).ToList();
        var links = actions.Where(a => !ChoiceActions.Contains(a.Type)).Select(LinkText).Where(l => l is not null).ToList();
        if (links.Count > 0)
        {
            paragraphs.Add(string.Join("\n", links));
        }

        WhatsAppInteractive? interactive = null;
        if (choices.Count is > 0 and <= WhatsAppLimits.MaxListRows)
        {
            // The last paragraph becomes the body above the buttons; a longer one is sent as text with a short body after it.
            var bodyFromText = paragraphs.Count > 0 && paragraphs[^1].Length <= WhatsAppLimits.InteractiveBody;
            var body = bodyFromText ? paragraphs[^1] : _choose;
            interactive = choices.Count <= WhatsAppLimits.MaxButtons ? Buttons(body, choices) : List(body, choices);
            if (interactive is not null && bodyFromText)
            {
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
        }

        if (interactive is null && choices.Count > 0)
        {
            paragraphs.Add(WhatsAppLimits.Numbered(choices.Select(c => c.Title)));
        }

        var messages = new List<WhatsAppOutgoingMessage>();
        if (paragraphs.Count > 0)
        {
            foreach (var part in WhatsAppLimits.Split(string.Join("\n\n", paragraphs)))
            {
                messages.Add(new WhatsAppOutgoingMessage(to, WhatsAppOutgoingMessage.TextType)
                {
                    Text = new WhatsAppText(part) { PreviewUrl = part.Contains("https://", StringComparison.Ordinal) },
                });
            }
        }

        if (interactive is not null)
        {
            messages.Add(new WhatsAppOutgoingMessage(to, WhatsAppOutgoingMessage.InteractiveType) { Interactive = interactive });
        }

        return messages;
    }

    private static WhatsAppInteractive? Buttons(string body, List<(string Id, string Title)> choices)
    {
        var buttons = choices
            .Select(c => new WhatsAppButton(new WhatsAppReply(WhatsAppLimits.Cut(c.Id, WhatsAppLimits.ButtonId), WhatsAppLimits.Cut(c.Title, WhatsAppLimits.ButtonTitle))))
            .ToList();
        return Distinct(buttons.Select(b => b.Reply.Id!)) && Distinct(buttons.Select(b => b.Reply.Title!))
            ? new WhatsAppInteractive(WhatsAppInteractive.ButtonType, new WhatsAppInteractiveBody(body), new WhatsAppInteractiveAction { Buttons = buttons })
            : null;
    }

    private WhatsAppInteractive? List(string body, List<(string Id, string Title)> choices)
    {
        var rows = choices.Select(c =>
        {
            var title = WhatsAppLimits.Cut(c.Title, WhatsAppLimits.RowTitle);
            return new WhatsAppListRow(WhatsAppLimits.Cut(c.Id, WhatsAppLimits.RowId), title)
            {
                // A cut title is still readable whole underneath.
                Description = title == c.Title ? null : WhatsAppLimits.Cut(c.Title, WhatsAppLimits.RowDescription),
            };
        }).ToList();
        return Distinct(rows.Select(r => r.Id)) && Distinct(rows.Select(r => r.Title))
            ? new WhatsAppInteractive(WhatsAppInteractive.ListType, new WhatsAppInteractiveBody(body),
                new WhatsAppInteractiveAction { Button = _listButton, Sections = [new WhatsAppListSection(rows)] })
            : null;
    }

    private static bool Distinct(IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return values.All(seen.Add);
    }

    private static (string Id, string Title)? Choice(CardAction action)
    {
        var value = action.ValueString ?? action.Text ?? action.Title;
        var title = action.Title ?? value;
        return string.IsNullOrWhiteSpace(value) || string.IsNullOrWhiteSpace(title) ? null : (value, title);
    }

    private static string? LinkText(CardAction action)
    {
        var target = action.ValueString;
        if (string.IsNullOrWhiteSpace(target) || action.Type is not (ActionTypes.OpenUrl or ActionTypes.Call))
        {
            return null;
        }

        if (target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            target = target[4..];
        }

        var title = action.Title;
        // Offers already name the address in the title ("Kijk op: https://…"); do not say it twice.
        return string.IsNullOrWhiteSpace(title) ? target
            : title.Contains(target, StringComparison.OrdinalIgnoreCase) ? title
            : $"{title}: {target}";
    }

    private static string? HeroCardText(Attachment attachment)
    {
        if (attachment.ContentType != HeroCard.ContentType || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
        {
            return null;
        }

        var card = content.Deserialize(ProtocolJsonContext.Default.HeroCard);
        if (card is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        void Line(string? text, bool bold = false)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            // WhatsApp shows *text* in bold.
            builder.Append(bold ? $"*{text.Trim()}*" : text.Trim());
        }

        Line(card.Title, bold: true);
        Line(card.Subtitle);
        Line(card.Text);
        foreach (var button in card.Buttons ?? [])
        {
            Line(LinkText(button));
        }

        return builder.ToString();
    }
}
