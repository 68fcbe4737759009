using System.Globalization;
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
        var (scheme, concepts) = Read(yaml);
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

        return new HelpTaxonomy(scheme ?? "urn:bouwmarkt-bot:taxonomie", concepts);
    }

    private static (string? Scheme, List<Concept> Concepts) Read(string yaml)
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

        string? scheme = null;
        List<Concept> concepts = [];
        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(key, "the file"))
            {
                case "scheme": scheme = Scalar(value, "scheme"); break;
                case "version" when !int.TryParse(Scalar(value, "version"), out _): throw new InvalidDataException("The taxonomy's version is not a number.");
                case "version": break; // Checked, not kept: there is one version of the file.
                case "concepts": concepts = [.. Sequence(value, "concepts").Select(ReadConcept)]; break;
                case var other: throw new InvalidDataException($"The taxonomy file has an unknown key '{other}'.");
            }
        }

        return (scheme, concepts);
    }

    private static Concept ReadConcept(YamlNode node, int index)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new InvalidDataException($"Concept {index + 1} is not a mapping of keys.");
        }

        string? id = null, prefLabel = null, broader = null, definition = null, zrm = null;
        List<string> altLabels = [], hiddenLabels = [], contextLabels = [];
        foreach (var (key, value) in mapping.Children)
        {
            var name = Scalar(key, $"concept {index + 1}");
            // Named by its id once read, else by its place in the list.
            var where = $"'{name}' of concept {id ?? (index + 1).ToString(CultureInfo.InvariantCulture)}";
            switch (name)
            {
                case "id": id = Scalar(value, where); break;
                case "prefLabel": prefLabel = Scalar(value, where); break;
                case "altLabels": altLabels = Labels(value, where); break;
                case "hiddenLabels": hiddenLabels = Labels(value, where); break;
                case "contextLabels": contextLabels = Labels(value, where); break;
                case "broader": broader = Scalar(value, where); break;
                case "definition": definition = Scalar(value, where); break;
                case "zrm": zrm = Scalar(value, where); break;
                default: throw new InvalidDataException($"{where}: the taxonomy has no such key.");
            }
        }

        return new Concept
        {
            Id = id ?? throw new InvalidDataException("A concept has no id."),
            PrefLabel = prefLabel ?? throw new InvalidDataException($"Concept '{id}' has no prefLabel."),
            AltLabels = altLabels,
            HiddenLabels = hiddenLabels,
            ContextLabels = contextLabels,
            Broader = broader,
            Definition = definition,
            Zrm = zrm,
        };
    }

    private static string Scalar(YamlNode node, string where) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidDataException($"{where} must be a single value.");

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string where) =>
        node as YamlSequenceNode ?? throw new InvalidDataException($"{where} must be a list.");

    private static List<string> Labels(YamlNode node, string where) => [.. Sequence(node, where).Select(label => Scalar(label, where))];
}
