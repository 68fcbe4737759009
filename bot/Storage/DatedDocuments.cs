using System.Globalization;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Storage;

/// <summary>
/// Anonymous documents kept by day under <c>{prefix}{yyyy-MM-dd}/{random id}</c> (feedback, messages given for learning):
/// no user or conversation id in the key, and two documents never overwrite each other.
/// </summary>
public static class DatedDocuments
{
    /// <summary>Writes <paramref name="json"/> under a new key of <paramref name="date"/>.</summary>
    public static async Task AddDatedAsync(this IStorage storage, string prefix, DateOnly date, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var key = prefix + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N");
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, null) }, cancellationToken).ConfigureAwait(false);
    }
}
