using System.Globalization;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Testing;

/// <summary>Runs a dialog turn by turn without HTTP, in the style of Bot Builder's <c>DialogTestClient</c>.</summary>
/// <remarks>
/// Each turn: a <see cref="TurnContext"/> with a capturing sink, the dialog stack from <see cref="ConversationState"/>,
/// continue or begin the target dialog, then save the state (like AutoSaveStateMiddleware).
/// <see cref="SendActivityAsync(string, CancellationToken)"/> returns the first reply; <see cref="GetNextReply"/> the next ones.
/// </remarks>
public sealed class DialogTestClient
{
    private readonly DialogSet _dialogs;
    private readonly Dialog _target;
    private readonly JsonNode? _initialOptions;
    private readonly CapturingReplySink _sink = new();
    private readonly IReadOnlyList<BotState> _states;
    private int _activityId;

    public DialogTestClient(string channelId, Dialog targetDialog, ConversationState conversationState, JsonNode? initialDialogOptions = null, params BotState[] otherStates)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        ArgumentNullException.ThrowIfNull(conversationState);
        ChannelId = channelId;
        ConversationState = conversationState;
        _target = targetDialog;
        _initialOptions = initialDialogOptions;
        _dialogs = new DialogSet(conversationState.CreateDialogStateProperty()).Add(targetDialog);
        _states = [conversationState, .. otherStates];
    }

    public string ChannelId { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The conversation id every turn carries; change it to start another conversation.</summary>
    public string ConversationId { get; set; } = "conv-" + Guid.NewGuid().ToString("N");

    /// <summary>The user id every turn carries.</summary>
    public string UserId { get; set; } = "user-1";

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The last turn's context (its turn state holds what the dialogs set).</summary>
    public ITurnContext? LastTurn { get; private set; }

    /// <summary>Sends a message and returns the first reply (null when the bot said nothing).</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>Sends an activity (addressing filled in) and returns the first reply.</summary>
    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _sink.Clear();
        activity.Id ??= (++_activityId).ToString(CultureInfo.InvariantCulture);
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount(ConversationId);
        activity.From ??= new ChannelAccount(UserId);
        activity.Recipient ??= new ChannelAccount("bot");
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        var context = new TurnContext(activity, _sink);
        LastTurn = context;
        DialogTurnResult = await _dialogs.RunAsync(_target, context, _initialOptions, cancellationToken).ConfigureAwait(false);
        await context.SaveOrForgetAsync(_states, cancellationToken).ConfigureAwait(false);
        return GetNextReply();
    }

    /// <summary>The next reply of the last turn, or null.</summary>
    public Activity? GetNextReply() => _sink.Next();

    /// <summary>All remaining replies of the last turn.</summary>
    public IReadOnlyList<Activity> GetAllReplies()
    {
        var list = new List<Activity>();
        while (_sink.Next() is { } a)
        {
            list.Add(a);
        }

        return list;
    }
}
