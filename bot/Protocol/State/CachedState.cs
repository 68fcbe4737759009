using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>One <see cref="BotState"/> document during a turn: its properties, the bytes it was read as, and its ETag.</summary>
/// <remarks>
/// Properties stay as their stored JSON until a turn reads them, and are then kept as objects until the save writes
/// them straight to JSON: no node tree in between, which is most of what state cost per turn.
/// </remarks>
internal sealed class CachedState
{
    private readonly List<KeyValuePair<string, StateProperty>> _properties = [];

    /// <summary>The stored document as UTF-8, or null when nothing is stored yet.</summary>
    public byte[]? Original { get; set; }

    public string? ETag { get; set; }

    public bool IsEmpty => _properties.Count == 0;

    /// <summary>Splits a stored document into its top-level properties without parsing their values.</summary>
    /// <exception cref="InvalidDataException">The stored JSON is not an object.</exception>
    public static CachedState Parse(string key, StoreItem item)
    {
        var utf8 = Encoding.UTF8.GetBytes(item.Json);
        var state = new CachedState { Original = utf8, ETag = item.ETag };
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                // As before: a stored value that is not an object reads as empty state.
                return state;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                state.Set(name, new RawProperty(utf8.AsMemory(start, end - start)));
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The stored state '{key}' is not valid JSON: {ex.Message}", ex);
        }

        return state;
    }

    public StateProperty? Find(string name)
    {
        foreach (var (key, value) in _properties)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    public void Set(string name, StateProperty value)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (string.Equals(_properties[i].Key, name, StringComparison.Ordinal))
            {
                _properties[i] = new(name, value);
                return;
            }
        }

        _properties.Add(new(name, value));
    }

    public void Remove(string name) => _properties.RemoveAll(p => string.Equals(p.Key, name, StringComparison.Ordinal));

    /// <summary>The document as UTF-8 JSON, properties in the order they were first stored.</summary>
    public byte[] Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(Original?.Length + 64 ?? 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in _properties)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>One top-level property of a state document.</summary>
internal abstract class StateProperty
{
    public abstract void WriteTo(Utf8JsonWriter writer);

    public byte[] ToUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>A property as it was stored, not read this turn.</summary>
internal sealed class RawProperty(ReadOnlyMemory<byte> utf8) : StateProperty
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public override void WriteTo(Utf8JsonWriter writer) => writer.WriteRawValue(Utf8.Span, skipInputValidation: true);
}

/// <summary>A property read or set this turn: the object itself, serialized when the state is saved.</summary>
internal sealed class TypedProperty<T>(T? value, JsonTypeInfo<T> typeInfo) : StateProperty
{
    public T? Value { get; } = value;

    public override void WriteTo(Utf8JsonWriter writer)
    {
        if (Value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, Value, typeInfo);
    }
}
