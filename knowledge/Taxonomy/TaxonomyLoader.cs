using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bouwmarkt.Bot.Knowledge.Taxonomy;

/// <summary>Reads the taxonomy from its YAML file and checks it hangs together.</summary>
public static class TaxonomyLoader
{
    /// <summary>The file name under <c>knowledge/Taxonomy</c>.</summary>
    public const string FileName = "taxonomy.nl.yaml";

    /// <summary>Where the shipped file lands next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "Taxonomy", FileName);

    public static HelpTaxonomy LoadFile(string path) => Parse(File.ReadAllText(path));

    public static HelpTaxonomy Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        var file = deserializer.Deserialize<TaxonomyFile>(yaml)
            ?? throw new InvalidDataException("The taxonomy file is empty.");
        var concepts = file.Concepts.Select(c => new Concept
        {
            Id = c.Id ?? throw new InvalidDataException("A concept has no id."),
            PrefLabel = c.PrefLabel ?? throw new InvalidDataException($"Concept '{c.Id}' has no prefLabel."),
            AltLabels = c.AltLabels ?? [],
            HiddenLabels = c.HiddenLabels ?? [],
            ContextLabels = c.ContextLabels ?? [],
            Broader = c.Broader,
            Definition = c.Definition,
            Zrm = c.Zrm,
        }).ToList();

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in concepts)
        {
            if (!ids.Add(c.Id))
            {
                throw new InvalidDataException($"Concept id '{c.Id}' appears twice.");
            }
        }

        foreach (var c in concepts)
        {
            if (c.Broader is not null && !ids.Contains(c.Broader))
            {
                throw new InvalidDataException($"Concept '{c.Id}' has unknown broader '{c.Broader}'.");
            }
        }

        var topLevel = concepts.Where(c => c.Broader is null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (!topLevel.SetEquals(HelpTaxonomy.NeedIds))
        {
            throw new InvalidDataException("The top level must be exactly the 17 documented needs.");
        }

        return new HelpTaxonomy(file.Scheme ?? "urn:bouwmarkt-bot:taxonomie", concepts);
    }

    private sealed class TaxonomyFile
    {
        public string? Scheme { get; set; }
        public int Version { get; set; }
        public List<ConceptEntry> Concepts { get; set; } = [];
    }

    private sealed class ConceptEntry
    {
        public string? Id { get; set; }
        public string? PrefLabel { get; set; }
        public List<string>? AltLabels { get; set; }
        public List<string>? HiddenLabels { get; set; }
        public List<string>? ContextLabels { get; set; }
        public string? Broader { get; set; }
        public string? Definition { get; set; }
        public string? Zrm { get; set; }
    }
}
