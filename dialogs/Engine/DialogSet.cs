using System.Collections.Frozen;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>The dialogs a context can start, by id; built once and then only read.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _accessor;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private FrozenDictionary<string, Dialog>? _frozen;

    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null) => _accessor = dialogState;

    /// <summary>Adds a dialog; ids must be unique.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_frozen is not null)
        {
            throw new InvalidOperationException("Add dialogs before the first turn.");
        }

        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' was already added.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    public Dialog? Find(string dialogId) => Dialogs.GetValueOrDefault(dialogId);

    /// <summary>All dialogs in the set.</summary>
    public IEnumerable<Dialog> All => Dialogs.Values;

    private FrozenDictionary<string, Dialog> Dialogs => _frozen ??= _dialogs.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Loads the stack through the accessor and returns a context on it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_accessor is null)
        {
            throw new InvalidOperationException("This DialogSet has no state accessor; use it inside a ComponentDialog.");
        }

        var state = await _accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        var dc = new DialogContext(this, turnContext, state!);
        // The accessor gave us a copy: write it back when the turn is done with it.
        dc.Saving = ct => _accessor.SetAsync(turnContext, dc.State, ct);
        return dc;
    }
}
