using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>The context of one turn: the incoming activity and the channel's reply sink.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IReplySink _sink;
    private readonly List<SendActivitiesHandler> _onSend = [];

    public TurnContext(Activity activity, IReplySink sink)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sink);
        Activity = activity;
        _sink = sink;
    }

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public TurnState TurnState { get; } = new();

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            // Channels set ids; the SDK clears them before sending (spec A2031).
            activity.Id = null;
            Activity.ApplyConversationReference(activity);
        }

        return RunHandlersAsync(0, activities, cancellationToken);
    }

    private Task<ResourceResponse[]> RunHandlersAsync(int index, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        if (index < _onSend.Count)
        {
            return _onSend[index](this, activities, () => RunHandlersAsync(index + 1, activities, ct));
        }

        return DeliverAsync(activities, ct);
    }

    private async Task<ResourceResponse[]> DeliverAsync(IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var responses = await _sink.SendActivitiesAsync(this, activities, ct).ConfigureAwait(false);
        if (activities.Any(a => a.Type != ActivityTypes.Typing && a.Type != ActivityTypes.Trace))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity.ApplyConversationReference(activity);
        return _sink.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        _sink.DeleteActivityAsync(this, activityId, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSend.Add(handler);
        return this;
    }
}
