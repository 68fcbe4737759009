using System.Collections.Concurrent;
using System.Globalization;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Testing;

/// <summary>A reply sink that queues what the bot sends, for tests and the console.</summary>
public sealed class CapturingReplySink : IReplySink
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _nextId;

    /// <summary>Replies not read yet, oldest first.</summary>
    public IReadOnlyCollection<Activity> Pending => _replies;

    public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            activities[i].Id = id;
            _replies.Enqueue(activities[i]);
            responses[i] = new ResourceResponse(id);
        }

        return Task.FromResult(responses);
    }

    public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity?.Id));

    public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The oldest unread reply, or null.</summary>
    public Activity? Next() => _replies.TryDequeue(out var activity) ? activity : null;

    /// <summary>Drops unread replies.</summary>
    public void Clear() => _replies.Clear();
}
