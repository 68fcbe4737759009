using System.Globalization;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The activities of each Direct Line conversation, in order, kept in <see cref="IStorage"/> so a restart loses nothing.</summary>
/// <remarks>
/// One document per conversation head (<see cref="ConversationRecord"/>) and one per activity, so an append writes
/// two small documents instead of rewriting the whole log. The head's ETag orders concurrent appends, also across hosts.
/// Thread-safe.
/// </remarks>
public sealed class DirectLineActivityLog(IStorage storage, DirectLineStreamHub hub, TimeProvider time) : IDisposable
{
    // Within one host, appends of a conversation queue here instead of losing ETag races; striped to bound memory.
    private readonly SemaphoreSlim[] _appendStripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    // Appends in one conversation rarely race (one user, turns serialized); a few retries cover a second host.
    private const int MaxAppendAttempts = 16;

    /// <summary>Most activities one GET returns; the client asks again with the new watermark.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The head of a conversation, or null when it was never started.</summary>
    public async Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (record, _) = await ReadHeadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public async Task<bool> TryCreateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            var json = JsonSerializer.Serialize(record, DirectLineJsonContext.Default.ConversationRecord);
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [HeadKey(record.ConversationId)] = new(json, null) }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Gives <paramref name="activity"/> the next id (<c>{conversationId}|{seq:D7}</c>), stores it and pushes it to the
    /// conversation's stream. Returns the sequence number, which is the watermark just before it.
    /// </summary>
    public async Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stripe = _appendStripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_appendStripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await AppendLockedAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    public void Dispose()
    {
        foreach (var stripe in _appendStripes)
        {
            stripe.Dispose();
        }
    }

    private async Task<long> AppendLockedAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (record, etag) = await ReadHeadAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                throw new InvalidOperationException("The conversation does not exist.");
            }

            var seq = record.Count;
            activity.Id = ActivityId(conversationId, seq);
            activity.Timestamp ??= time.GetUtcNow();
            var changes = new Dictionary<string, StoreItem>
            {
                [HeadKey(conversationId)] = new(JsonSerializer.Serialize(record with { Count = seq + 1 }, DirectLineJsonContext.Default.ConversationRecord), etag),
                [ActivityKey(conversationId, seq)] = new(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), null),
            };
            try
            {
                await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException) when (attempt < MaxAppendAttempts)
            {
                continue;
            }

            hub.Publish(conversationId, activity, seq);
            return seq;
        }
    }

    /// <summary>The activities from <paramref name="watermark"/> on (at most <see cref="MaxPageSize"/>), and the next watermark.</summary>
    public async Task<ActivitySet> ReadSinceAsync(ConversationRecord record, long watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var from = Math.Clamp(watermark, 0, record.Count);
        var to = Math.Min(record.Count, from + MaxPageSize);
        var keys = new List<string>((int)(to - from));
        for (var seq = from; seq < to; seq++)
        {
            keys.Add(ActivityKey(record.ConversationId, seq));
        }

        var items = keys.Count == 0 ? null : await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var activities = new List<Activity>(keys.Count);
        foreach (var key in keys)
        {
            if (items!.TryGetValue(key, out var item)
                && JsonSerializer.Deserialize(item.Json, ProtocolJsonContext.Default.Activity) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return new ActivitySet(activities, to.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The id Direct Line gives the activity at <paramref name="seq"/>.</summary>
    public static string ActivityId(string conversationId, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{seq:D7}");

    private async Task<(ConversationRecord? Record, string? ETag)> ReadHeadAsync(string conversationId, CancellationToken ct)
    {
        var key = HeadKey(conversationId);
        var items = await storage.ReadAsync([key], ct).ConfigureAwait(false);
        return items.TryGetValue(key, out var item)
            ? (JsonSerializer.Deserialize(item.Json, DirectLineJsonContext.Default.ConversationRecord), item.ETag)
            : (null, null);
    }

    // Not "directline/conversations/...": that is ConversationState's key for this channel, and sharing it made every
    // turn from the web page fail on an ETag conflict. Still under ".../conversations/...", so the store's retention
    // treats the log as the conversation data it is.
    internal static string HeadKey(string conversationId) => $"{KeyPrefix}{conversationId}";

    private static string ActivityKey(string conversationId, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{conversationId}/activities/{seq:D7}");

    private const string KeyPrefix = "directline-log/conversations/";
}
