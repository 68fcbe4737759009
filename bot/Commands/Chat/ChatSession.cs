using System.Globalization;
using System.Text.Json;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Commands.Chat;

/// <summary>A terminal conversation with the bot on the same pipeline as every channel, for staff who test dialogs.</summary>
/// <remarks>
/// The console has no buttons, so suggested actions and card buttons are shown as numbered choices and a typed number
/// sends that choice's value. Every activity, both ways, is kept for an optional <c>.transcript</c>.
/// </remarks>
public sealed class ChatSession(TurnRunner runner, TextReader input, TextWriter output, TimeProvider time)
{
    private static readonly ChannelAccount User = new("console-user", "Medewerker") { Role = "user" };
    private static readonly ChannelAccount Bot = new("bouwmarkt-bot", "Bouwmarkt.Bot") { Role = "bot" };
    private readonly ConversationAccount _conversation = new(Guid.NewGuid().ToString("N"));
    private readonly List<Activity> _transcript = [];
    private IReadOnlyList<string> _choices = [];
    private int _sequence;

    /// <summary>Everything said so far, in order, as the Emulator saves it.</summary>
    public IReadOnlyList<Activity> Transcript => _transcript;

    /// <summary>Runs until end of input or the line <c>/exit</c>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("Bouwmarkt.Bot chat. Typ je bericht; een nummer kiest een keuze; /exit stopt.").ConfigureAwait(false);
        await SendAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [User, Bot],
        }, cancellationToken).ConfigureAwait(false);

        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ").ConfigureAwait(false);
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() == "/exit")
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            await SendAsync(Activity.CreateMessage(ResolveChoice(line.Trim())), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one activity from the user and prints the bot's replies.</summary>
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = (++_sequence).ToString(CultureInfo.InvariantCulture);
        activity.ChannelId = ChannelIds.Console;
        activity.ServiceUrl = "console://local";
        activity.Conversation = _conversation;
        activity.From = User;
        activity.Recipient = Bot;
        activity.Locale ??= "nl-NL";
        activity.Timestamp = time.GetUtcNow();
        _transcript.Add(activity);
        await runner.RunAsync(activity, new ConsoleReplySink(this), cancellationToken).ConfigureAwait(false);
    }

    private string ResolveChoice(string line) =>
        int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _choices.Count
            ? _choices[number - 1]
            : line;

    private async Task ShowAsync(Activity reply, CancellationToken ct)
    {
        reply.Id = (++_sequence).ToString(CultureInfo.InvariantCulture);
        reply.Timestamp = time.GetUtcNow();
        reply.From = Bot;
        reply.Recipient = User;
        _transcript.Add(reply);
        if (reply.Type != ActivityTypes.Message)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            await output.WriteLineAsync("bot: " + reply.Text).ConfigureAwait(false);
        }

        foreach (var card in reply.Attachments ?? [])
        {
            if (card.ContentType == HeroCard.ContentType && card.Content is { } content)
            {
                var hero = content.Deserialize(ProtocolJsonContext.Default.HeroCard);
                await output.WriteLineAsync($"  [{hero?.Title}] {hero?.Text}").ConfigureAwait(false);
                foreach (var button in hero?.Buttons ?? [])
                {
                    await output.WriteLineAsync($"    {button.Title}: {button.ValueString}").ConfigureAwait(false);
                }
            }
        }

        var actions = reply.SuggestedActions?.Actions ?? [];
        if (actions.Count > 0)
        {
            _choices = [.. actions.Select(a => a.ValueString ?? a.Title ?? "")];
            for (var i = 0; i < actions.Count; i++)
            {
                await output.WriteLineAsync($"  {i + 1}. {actions[i].Title}").ConfigureAwait(false);
            }
        }
    }

    private sealed class ConsoleReplySink(ChatSession session) : IReplySink
    {
        public async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            var ids = new ResourceResponse[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                await session.ShowAsync(activities[i], cancellationToken).ConfigureAwait(false);
                ids[i] = new ResourceResponse(activities[i].Id);
            }

            return ids;
        }

        public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The console cannot change a line it printed.");

        public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The console cannot remove a line it printed.");
    }
}
