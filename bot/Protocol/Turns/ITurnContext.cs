using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Everything one turn knows: the incoming activity, a way to answer, and per-turn state.</summary>
public interface ITurnContext
{
    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>True once anything was sent this turn.</summary>
    bool Responded { get; }

    /// <summary>Objects that live for this turn only (cached state, the dialog context, services).</summary>
    TurnState TurnState { get; }

    /// <summary>Sends a message; the addressing fields are filled from <see cref="Activity"/>.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Sends one activity; the addressing fields are filled from <see cref="Activity"/>.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends several activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier, where the channel allows it.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an activity the bot sent earlier, where the channel allows it.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Registers a handler that sees (and may change) every batch of outgoing activities.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
