using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bouwmarkt.Bot.Knowledge.Taxonomy;

/// <summary>Reads the taxonomy from its YAML file and checks it hangs together.</summary>
/// <remarks>
/// The file is read as YAML nodes and mapped by hand, not with YamlDotNet's object deserializer: the host reads the
/// taxonomy at every start, and the deserializer's reflection cost it about 100 ms more of JIT and CPU than the nodes,
/// which the dialog texts (<c>TextCatalog</c>) read anyway. A key the file does not know is refused, as the deserializer
/// did, so a typo ('altLables') is never silently dropped.
/// </remarks>
public static class TaxonomyLoader
{
    /// <summary>The file name under <c>knowledge/Taxonomy</c>.</summary>
    public const string FileName = "taxonomy.nl.yaml";

    /// <summary>Where the shipped file lands next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "Taxonomy", FileName);

    public static HelpTaxonomy LoadFile(string path) => Parse(File.ReadAllText(path));

    public static HelpTaxonomy Parse(string yaml)
    {
        var file = Read(yaml);
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

    private static TaxonomyFile Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"The taxonomy file is not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException("The taxonomy file is empty.");
        }

        var file = new TaxonomyFile();
        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(key, "the file"))
            {
                case "scheme": file.Scheme = Scalar(value, "scheme"); break;
                case "version": file.Version = int.TryParse(Scalar(value, "version"), out var version) ? version : throw new InvalidDataException("The taxonomy's version is not a number."); break;
                case "concepts": file.Concepts = [.. Sequence(value, "concepts").Select(ReadConcept)]; break;
                case var other: throw new InvalidDataException($"The taxonomy file has an unknown key '{other}'.");
            }
        }

        return file;
    }

    private static ConceptEntry ReadConcept(YamlNode node, int index)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new InvalidDataException($"Concept {index + 1} is not a mapping of keys.");
        }

        var entry = new ConceptEntry();
        foreach (var (key, value) in mapping.Children)
        {
            var name = Scalar(key, $"concept {index + 1}");
            var where = $"'{name}' of concept {entry.Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            switch (name)
            {
                case "id": entry.Id = Scalar(value, where); break;
                case "prefLabel": entry.PrefLabel = Scalar(value, where); break;
                case "altLabels": entry.AltLabels = Labels(value, where); break;
                case "hiddenLabels": entry.HiddenLabels = Labels(value, where); break;
                case "contextLabels": entry.ContextLabels = Labels(value, where); break;
                case "broader": entry.Broader = Scalar(value, where); break;
                case "definition": entry.Definition = Scalar(value, where); break;
                case "zrm": entry.Zrm = Scalar(value, where); break;
                default: throw new InvalidDataException($"Concept '{entry.Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}' has an unknown key '{name}'.");
            }
        }

        return entry;
    }

    private static string Scalar(YamlNode node, string where) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidDataException($"{where} must be a single value.");

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string where) =>
        node as YamlSequenceNode ?? throw new InvalidDataException($"{where} must be a list.");

    private static List<string> Labels(YamlNode node, string where) => [.. Sequence(node, where).Select(label => Scalar(label, where))];

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
