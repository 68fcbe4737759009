using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Commands.Chat;

/// <summary>Reads and writes Bot Framework <c>.transcript</c> files: a JSON array of activities, as the Emulator saves them.</summary>
public static class TranscriptFile
{
    public static async Task WriteAsync(string path, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, activities.ToList(), ProtocolJsonContext.Default.IListActivity, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IList<Activity>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(stream, ProtocolJsonContext.Default.IListActivity, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"'{path}' holds no activities.");
    }
}
