using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, and its own state as JSON.</summary>
/// <remarks>Each dialog reads and writes its state through its own source-generated type info, so no type names are stored.</remarks>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    /// <summary>The dialog's own state as an object while a turn works with it; written into <see cref="State"/> on save.</summary>
    [JsonIgnore]
    internal object? Typed { get; private set; }

    private Action<DialogInstance>? _writeTyped;

    /// <summary>Returns the typed state kept this turn, or reads it from <see cref="State"/> once.</summary>
    internal T ReadTyped<T>(Func<JsonObject, T> read)
        where T : class
    {
        if (Typed is T typed)
        {
            return typed;
        }

        var value = read(State);
        Typed = value;
        return value;
    }

    /// <summary>Keeps <paramref name="value"/> as this instance's state; <paramref name="write"/> puts it into <see cref="State"/> at the save.</summary>
    internal void WriteTyped<T>(T value, Action<DialogInstance> write)
        where T : class
    {
        Typed = value;
        _writeTyped = write;
    }

    /// <summary>Writes the typed state of this instance and of every inner stack into the JSON state.</summary>
    internal void FlushTyped()
    {
        if (_writeTyped is { } write)
        {
            _writeTyped = null;
            write(this);
        }

        foreach (var inner in Inner?.DialogStack ?? [])
        {
            inner.FlushTyped();
        }
    }

    /// <summary>A component dialog's inner stack, stored beside <see cref="State"/> as typed data.</summary>
    /// <remarks>Typed rather than a node in <see cref="State"/>, so a turn does not convert it to JSON and back at every level.</remarks>
    [JsonPropertyName("inner")]
    public DialogState? Inner { get; set; }
}
