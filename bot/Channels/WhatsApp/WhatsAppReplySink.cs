using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Delivers one turn's replies to one WhatsApp user through the Graph API, inside the customer service window.</summary>
/// <remarks>
/// One instance per turn: it holds the user's phone number for that turn only. Each message is checked against
/// <see cref="WhatsAppServiceWindow"/> right before it goes out; outside the window it is dropped and logged
/// (without content). Typing and traces are not sent. WhatsApp cannot change or delete a sent message.
/// </remarks>
internal sealed class WhatsAppReplySink(
    string phone,
    string userKey,
    WhatsAppMessageBuilder builder,
    WhatsAppGraphClient graph,
    WhatsAppServiceWindow window,
    ILogger logger) : IReplySink
{
    public async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            string? id = null;
            foreach (var message in builder.Build(activities[i], phone))
            {
                if (!window.IsOpen(userKey))
                {
                    WhatsAppLog.SendDropped(logger, message.Type);
                    continue;
                }

                id = await graph.SendAsync(message, cancellationToken).ConfigureAwait(false);
                WhatsAppLog.Sent(logger, message.Type);
            }

            responses[i] = new ResourceResponse(id);
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("WhatsApp cannot change a message it already delivered.");

    public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("WhatsApp cannot delete a message it already delivered.");
}
