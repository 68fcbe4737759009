namespace Bouwmarkt.Bot.Storage;

/// <summary>Where conversation and user state is kept, bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; empty means <c>data/bot.db</c> next to the app.</summary>
    public string? LiteDbPath { get; set; }

    /// <summary>The file to open: <see cref="LiteDbPath"/>, or the default beside the binaries.</summary>
    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(LiteDbPath)
            ? Path.Combine(AppContext.BaseDirectory, "data", "bot.db")
            : Path.GetFullPath(LiteDbPath, AppContext.BaseDirectory);
}
