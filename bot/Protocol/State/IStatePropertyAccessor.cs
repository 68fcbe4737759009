using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>Reads and writes one named, typed property of a <see cref="BotState"/>.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The stored value; when absent, the factory's value (stored) or default.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
