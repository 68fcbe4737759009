namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Typed, per-turn bag of objects keyed by string.</summary>
/// <remarks>One turn runs on one logical flow, so this is not thread-safe on purpose.</remarks>
public sealed class TurnState
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The value under <paramref name="key"/>, or default when absent.</summary>
    public T? Get<T>(string key) where T : class => _values.TryGetValue(key, out var v) ? v as T : null;

    /// <summary>The value keyed by its type's full name, or default when absent.</summary>
    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Set<T>(string key, T value) where T : class => _values[key] = value;

    /// <summary>Stores <paramref name="value"/> under its type's full name.</summary>
    public void Set<T>(T value) where T : class => Set(typeof(T).FullName!, value);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public bool Remove(string key) => _values.Remove(key);
}
