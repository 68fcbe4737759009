using System.Collections.Frozen;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Bouwmarkt.Bot.Dialogs.Texts;

/// <summary>Every resident-facing text of one language, keyed by purpose (<c>intake.ask_need</c>); loaded once at start-up.</summary>
/// <remarks>Nested YAML maps become dotted keys. Placeholders are written <c>{name}</c>.</remarks>
public sealed class TextCatalog
{
    /// <summary>The Dutch texts file name.</summary>
    public const string DutchFileName = "texts.nl.yaml";

    private readonly FrozenDictionary<string, string> _texts;

    public TextCatalog(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file beside the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "texts", DutchFileName);

    /// <summary>All keys and texts.</summary>
    public IReadOnlyDictionary<string, string> All => _texts;

    /// <summary>Loads <paramref name="path"/> (default: the Dutch file beside the binaries).</summary>
    public static TextCatalog Load(string? path = null) => Parse(File.ReadAllText(path ?? DefaultPath));

    /// <summary>Parses YAML text.</summary>
    public static TextCatalog Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
        {
            Flatten(root, "", texts);
        }

        return new TextCatalog(texts);
    }

    /// <summary>The text for <paramref name="key"/>; a missing key is a bug, so it throws.</summary>
    public string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"Text '{key}' is missing from {DutchFileName}.");

    /// <summary>True when the catalog has <paramref name="key"/>.</summary>
    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text with its placeholders filled.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = this[key];
        if (values.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            builder.Replace("{" + name + "}", value);
        }

        return builder.ToString();
    }

    private static void Flatten(YamlMappingNode node, string prefix, Dictionary<string, string> texts)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (valueNode)
            {
                case YamlMappingNode map:
                    Flatten(map, key + ".", texts);
                    break;
                case YamlScalarNode scalar:
                    texts[key] = (scalar.Value ?? "").Trim();
                    break;
                default:
                    throw new FormatException($"Text '{key}' must be a string or a map.");
            }
        }
    }
}
