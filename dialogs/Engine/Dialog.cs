using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>A unit of conversation with Bot Builder's life cycle: begin, continue, resume, reprompt, end.</summary>
/// <remarks>Dialogs are built once at start-up and shared by all turns: keep per-conversation data in the instance state only.</remarks>
public abstract class Dialog
{
    /// <summary>The result that says: wait for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Starts the dialog; it was just pushed with empty state.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next message; by default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child ended; by default end too and pass its result on.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Clean-up hook when the instance is popped.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Sees an event emitted on the context; returns true when handled (stops bubbling).</summary>
    public virtual async Task<bool> OnDialogEventAsync(DialogContext dc, string name, JsonNode? value, CancellationToken cancellationToken)
    {
        var handled = await OnPreBubbleEventAsync(dc, name, value, cancellationToken).ConfigureAwait(false);
        return handled;
    }

    /// <summary>Hook before an event bubbles to the parent.</summary>
    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, string name, JsonNode? value, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>A version string; a changed definition restarts stored instances.</summary>
    public virtual string GetVersion() => Id;
}
