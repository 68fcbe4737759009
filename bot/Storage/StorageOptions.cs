namespace Bouwmarkt.Bot.Storage;

/// <summary>Where conversation and user state is kept, bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; empty means <c>data/bot.db</c> next to the app.</summary>
    public string? LiteDbPath { get; set; }

    /// <summary>When a write counts as done: see <see cref="StorageWriteMode"/>.</summary>
    public StorageWriteMode WriteMode { get; set; } = StorageWriteMode.Deferred;

    /// <summary>
    /// In <see cref="StorageWriteMode.Deferred"/> mode, how long the writer collects changes before it commits them;
    /// a conversation that changes twice in that time is written once. This is also the most a hard crash can lose.
    /// </summary>
    public int FlushIntervalMilliseconds { get; set; } = 200;

    /// <summary>How many keys the store keeps in memory after they are written; older ones are read from the file again.</summary>
    public int MaxCachedItems { get; set; } = 100_000;

    /// <summary>
    /// Conversation and user state, Direct Line logs and messages given for learning, untouched for this many days, are
    /// deleted (0 = keep). Anonymous feedback and the store's own keys are kept.
    /// </summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The file to open: <see cref="LiteDbPath"/>, or the default beside the binaries.</summary>
    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(LiteDbPath)
            ? Path.Combine(AppContext.BaseDirectory, "data", "bot.db")
            : Path.GetFullPath(LiteDbPath, AppContext.BaseDirectory);

    /// <summary>Throws a clear error for settings that cannot work.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(WriteMode))
        {
            throw new InvalidOperationException($"Storage:WriteMode must be Deferred or Committed, not '{WriteMode}'.");
        }

        if (FlushIntervalMilliseconds is < 0 or > 10_000)
        {
            throw new InvalidOperationException("Storage:FlushIntervalMilliseconds must be between 0 and 10000.");
        }

        if (RetentionDays < 0)
        {
            throw new InvalidOperationException("Storage:RetentionDays must be 0 (keep) or more.");
        }

        if (MaxCachedItems < 0)
        {
            throw new InvalidOperationException("Storage:MaxCachedItems must be 0 or more.");
        }
    }
}

/// <summary>When <see cref="LiteDbStorage"/> reports a write as done.</summary>
public enum StorageWriteMode
{
    /// <summary>
    /// At once, from memory: the change is in the store (later reads and ETag checks see it) and reaches the file within
    /// <see cref="StorageOptions.FlushIntervalMilliseconds"/> plus one commit. A clean stop writes everything; a hard
    /// crash (power loss, kill -9) can lose that last interval.
    /// </summary>
    Deferred,

    /// <summary>Only after the LiteDB transaction holding the change is committed to the file (group commit).</summary>
    Committed,
}
