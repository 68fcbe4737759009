using System.Globalization;
using System.Text.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Keeps feedback in <see cref="IStorage"/> under <c>feedback/{date}/{random id}</c>: no user or conversation ids.</summary>
public sealed class StorageFeedbackStore(IStorage storage) : IFeedbackStore
{
    /// <summary>The key prefix of feedback documents.</summary>
    public const string KeyPrefix = "feedback/";

    public async Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = KeyFor(entry.Date, Guid.NewGuid());
        var json = JsonSerializer.Serialize(entry, IntakeJsonContext.Default.FeedbackEntry);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, null) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The key of one feedback document.</summary>
    public static string KeyFor(DateOnly date, Guid id) =>
        KeyPrefix + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + id.ToString("N");
}
