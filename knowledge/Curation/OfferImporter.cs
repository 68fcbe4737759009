using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Store;

namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>Reads, validates and stores offer files. A file with any error changes nothing.</summary>
public sealed class OfferImporter(OfferValidator validator)
{
    /// <summary>Largest file accepted; a sociale kaart of a large city is a few MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Reads and validates one file without storing it.</summary>
    public (IReadOnlyList<Offer> Offers, CurationReport Report) Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                return ([], new CurationReport([CurationProblem.UnreadableFile(name, $"larger than {MaxFileBytes} bytes")], 0));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], new CurationReport([CurationProblem.UnreadableFile(name, ex.Message)], 0));
        }

        return Check(bytes, name);
    }

    public (IReadOnlyList<Offer> Offers, CurationReport Report) Check(ReadOnlyMemory<byte> utf8, string name)
    {
        var (offers, problems) = HsdsReader.Read(utf8, name);
        var all = problems.Concat(validator.Validate(offers, name)).ToList();
        return (offers, new CurationReport(all, 0));
    }

    /// <summary>Imports one file into <paramref name="store"/> in one transaction, or nothing when it has errors.</summary>
    public CurationReport Import(string path, OfferStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (offers, report) = Check(path);
        if (!report.Passed)
        {
            return report;
        }

        store.Upsert([.. offers]);
        return report with { Imported = offers.Count };
    }

    /// <summary>Loads every seed file into an empty store; does nothing when the store already holds offers.</summary>
    public CurationReport SeedIfEmpty(string seedDirectory, OfferStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Count() > 0 || !Directory.Exists(seedDirectory))
        {
            return new CurationReport([], 0);
        }

        var offers = new List<Offer>();
        var problems = new List<CurationProblem>();
        foreach (var file in Directory.EnumerateFiles(seedDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var (read, report) = Check(file);
            offers.AddRange(read);
            problems.AddRange(report.Problems);
        }

        var result = new CurationReport(problems, 0);
        if (!result.Passed)
        {
            return result;
        }

        store.Upsert(offers);
        return result with { Imported = offers.Count };
    }
}
