using System.Text.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Storage;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Keeps feedback in <see cref="IStorage"/> under <c>feedback/{date}/{random id}</c>: no user or conversation ids.</summary>
public sealed class StorageFeedbackStore(IStorage storage) : IFeedbackStore
{
    /// <summary>The key prefix of feedback documents.</summary>
    public const string KeyPrefix = "feedback/";

    public Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return storage.AddDatedAsync(KeyPrefix, entry.Date, JsonSerializer.Serialize(entry, IntakeJsonContext.Default.FeedbackEntry), cancellationToken);
    }
}
