using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Where a turn's replies go: one implementation per channel (Bot Connector, expectReplies buffer, Direct Line, WhatsApp, tests).</summary>
/// <remarks>Bot Builder puts this in the adapter; we keep it separate so every channel shares one pipeline.</remarks>
public interface IReplySink
{
    /// <summary>Delivers activities in order and returns the ids the channel gave them.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity sent earlier; channels that cannot should throw <see cref="NotSupportedException"/>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity sent earlier; channels that cannot should throw <see cref="NotSupportedException"/>.</summary>
    Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken);
}
