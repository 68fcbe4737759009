namespace Bouwmarkt.Bot.Knowledge.Store;

/// <summary>Settings of the knowledge base (section <c>Knowledge</c>), shared by the host and the <c>kb</c> command.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The LiteDB file of offers; empty means <c>AppContext.BaseDirectory/data/knowledge.db</c>.</summary>
    public string? LiteDbPath { get; set; }

    /// <summary>Offers checked longer ago than this are not shown to residents and are listed by <c>kb stale</c>.</summary>
    public int MaxOfferAgeMonths { get; set; } = 12;

    /// <summary>How often the host checks whether <c>kb import</c> changed the offers, in seconds (0 = never: restart to reload).</summary>
    public double ReloadSeconds { get; set; } = 10;

    /// <summary>Folder of seed files loaded into an empty store; empty means the copy beside the binaries.</summary>
    public string? SeedDirectory { get; set; }

    public string ResolvedLiteDbPath => string.IsNullOrWhiteSpace(LiteDbPath)
        ? Path.Combine(AppContext.BaseDirectory, "data", "knowledge.db")
        : LiteDbPath;

    public string ResolvedSeedDirectory => string.IsNullOrWhiteSpace(SeedDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "knowledge", "Seed")
        : SeedDirectory;

    /// <summary>The oldest assured date still shown on <paramref name="today"/>.</summary>
    public DateOnly OldestShown(DateOnly today) => today.AddMonths(-Math.Max(0, MaxOfferAgeMonths));
}
