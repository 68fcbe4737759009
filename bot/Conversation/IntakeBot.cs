using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>The bot: runs the intake dialog on messages and greets members who join; state saved after each turn.</summary>
/// <remarks>Built once; the dialog stack lives in <see cref="ConversationState"/> under "DialogState".</remarks>
public sealed class IntakeBot : IBot
{
    private readonly IntakeDialog _dialog;
    private readonly DialogSet _dialogs;
    private readonly IStatePropertyAccessor<DialogState> _stack;
    private readonly BotState[] _states;
    private readonly ILogger<IntakeBot> _logger;

    public IntakeBot(IntakeDialog dialog, ConversationState conversationState, UserState userState, ILogger<IntakeBot> logger)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(conversationState);
        _dialog = dialog;
        _stack = conversationState.CreateDialogStateProperty();
        _dialogs = new DialogSet(_stack).Add(dialog);
        _states = [conversationState, userState];
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var run = activity.Type switch
        {
            ActivityTypes.Message => true,
            // Greet when someone other than the bot joined (Bot Builder's OnMembersAdded rule).
            ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true,
            _ => false,
        };
        if (!run)
        {
            return;
        }

        DialogTurnResult result;
        try
        {
            result = await _dialogs.RunAsync(_dialog, turnContext, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageConflictException)
        {
            // A stored stack the code no longer understands (a changed dialog, a bug) must not lock the resident out:
            // drop the stack, say so, and start fresh on the next message.
            _logger.DialogFailed(ex.GetType().Name, ex);
            await _stack.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(_dialog.ErrorText, cancellationToken).ConfigureAwait(false);
            result = new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        await turnContext.SaveOrForgetAsync(_states, cancellationToken).ConfigureAwait(false);
        _logger.TurnEnded(activity.ChannelId ?? "", result.Status);
    }
}
