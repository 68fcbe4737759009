using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>Keeps a turn's replies in memory instead of sending them: deliveryMode <c>expectReplies</c>.</summary>
/// <remarks>One instance per turn; not thread-safe beyond the turn's own sends (which the context serializes).</remarks>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<Activity> _activities = [];

    /// <summary>The replies so far, in order.</summary>
    public IReadOnlyList<Activity> Activities => _activities;

    /// <summary>The body of the HTTP answer: all replies of the turn.</summary>
    public ExpectedReplies ToExpectedReplies() => new(_activities);

    public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            _activities.Add(activities[i]);
            // As the SDK: buffered activities get empty ids.
            responses[i] = new ResourceResponse(string.Empty);
        }

        return Task.FromResult(responses);
    }

    public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("expectReplies cannot update an activity.");

    public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("expectReplies cannot delete an activity.");
}
