using System.Text.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Storage;

namespace Bouwmarkt.Bot.Learning;

/// <summary>
/// Keeps messages residents gave for learning in <see cref="LiteDbStorage"/> under <c>learning/{date}/{random id}</c>: no
/// user or conversation ids, deleted after <c>Storage:RetentionDays</c> like conversation state.
/// </summary>
public sealed class StorageLearningStore(LiteDbStorage storage) : ILearningStore
{
    public Task SaveAsync(LearningEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return storage.AddDatedAsync(LiteDbStorage.LearningKeyPrefix, entry.Date, JsonSerializer.Serialize(entry, IntakeJsonContext.Default.LearningEntry), cancellationToken);
    }

    /// <summary>Every kept message, oldest first.</summary>
    public async Task<IReadOnlyList<LearningEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var keys = storage.KeysStartingWith(LiteDbStorage.LearningKeyPrefix);
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(items.ContainsKey).Select(k => JsonSerializer.Deserialize(items[k].Json, IntakeJsonContext.Default.LearningEntry)!)];
    }
}
