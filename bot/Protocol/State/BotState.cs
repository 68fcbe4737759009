using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>A JSON document of named properties, stored under one key per turn (conversation or user).</summary>
/// <remarks>
/// Loaded at most once per turn and cached in <see cref="TurnState"/>; saved only if it changed. As in Bot Builder,
/// a property is deserialized once per turn and every read in that turn returns the same object, so changes made to
/// it are saved too; properties nobody read are written back as they were read, without parsing them.
/// Writes carry the ETag that was read, so a racing turn that wrote first makes the save throw
/// <see cref="StorageConflictException"/> instead of silently losing its update.
/// </remarks>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _cacheKey;

    protected BotState(IStorage storage, string cacheKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _cacheKey = cacheKey;
    }

    /// <summary>The storage key for this turn, or null when the activity lacks the ids it needs.</summary>
    protected abstract string? GetStorageKey(ITurnContext turnContext);

    /// <summary>Creates an accessor for a property serialized with <paramref name="typeInfo"/>.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo) =>
        new StatePropertyAccessor<T>(this, name, typeInfo);

    /// <summary>Reads the state into the turn's cache unless it is already there (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedState>(_cacheKey) is not null)
        {
            return;
        }

        var key = RequireKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        var cached = items.TryGetValue(key, out var item) ? CachedState.Parse(key, item) : new CachedState();
        turnContext.TurnState.Set(_cacheKey, cached);
    }

    /// <summary>Writes the cached state if it changed since it was read (or always, with <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedState>(_cacheKey);
        if (cached is null)
        {
            return;
        }

        var utf8 = cached.Serialize();
        if (!force && cached.Original is { } original && utf8.AsSpan().SequenceEqual(original))
        {
            return;
        }

        if (!force && cached.Original is null && cached.IsEmpty)
        {
            // Nothing was ever stored and nothing is set: writing "{}" would only add a document.
            return;
        }

        var key = RequireKey(turnContext);
        var json = Encoding.UTF8.GetString(utf8);
        var etags = await _storage.WriteAsync(
            new Dictionary<string, StoreItem> { [key] = new(json, cached.ETag) }, cancellationToken).ConfigureAwait(false);
        cached.ETag = etags[key];
        cached.Original = utf8;
    }

    /// <summary>Drops the cache for this turn without saving.</summary>
    public void ClearCache(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
    }

    /// <summary>Deletes the stored state and empties the cache (for 'vergeet mij').</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = RequireKey(turnContext);
        await _storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(_cacheKey, new CachedState());
    }

    private string RequireKey(ITurnContext turnContext) =>
        GetStorageKey(turnContext) ?? throw new InvalidOperationException(
            $"{GetType().Name}: the activity lacks the channel, conversation or user id its key needs.");

    private async Task<CachedState> GetCachedAsync(ITurnContext turnContext, CancellationToken ct)
    {
        await LoadAsync(turnContext, false, ct).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedState>(_cacheKey)!;
    }

    private sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            switch (cached.Find(Name))
            {
                case TypedProperty<T> typed:
                    return typed.Value;
                case RawProperty raw:
                    var value = JsonSerializer.Deserialize(raw.Utf8.Span, typeInfo);
                    cached.Set(Name, new TypedProperty<T>(value, typeInfo));
                    return value;
                case { } other:
                    // The same name read with another type: go through its JSON, as a fresh read would.
                    var converted = JsonSerializer.Deserialize(other.ToUtf8(), typeInfo);
                    cached.Set(Name, new TypedProperty<T>(converted, typeInfo));
                    return converted;
            }

            if (defaultValueFactory is null)
            {
                return default;
            }

            var created = defaultValueFactory();
            cached.Set(Name, new TypedProperty<T>(created, typeInfo));
            return created;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            cached.Set(Name, new TypedProperty<T>(value, typeInfo));
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            cached.Remove(Name);
        }
    }
}
