using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Delivers the bot's replies on Direct Line: into the conversation's activity log, and so to its stream.</summary>
/// <remarks>Typing goes to the stream only, as Direct Line sends typing over WebSocket and never over GET.</remarks>
public sealed class DirectLineReplySink(DirectLineActivityLog log, DirectLineStreamHub hub) : IReplySink
{
    public async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("A Direct Line turn always has a conversation.");
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.From = (activity.From ?? new ChannelAccount()) with { Role = "bot" };
            if (activity.Type == ActivityTypes.Typing)
            {
                activity.Id = $"{conversationId}|typing-{Guid.NewGuid():N}";
                hub.Publish(conversationId, activity, sequence: null);
            }
            else if (activity.Type == ActivityTypes.Trace)
            {
                // Trace activities are for the Emulator; Direct Line clients never see them.
                activity.Id = null;
            }
            else
            {
                await log.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
            }

            responses[i] = new ResourceResponse(activity.Id);
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot change an activity it already delivered.");

    public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot delete an activity it already delivered.");
}
