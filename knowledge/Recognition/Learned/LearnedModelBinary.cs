using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model in the form the host reads at start-up: the same model as its JSON, laid out so that it
/// is used where it lies (<see cref="LearnedModelImage"/>), with the weights by feature and the feature names in a hash
/// table (<see cref="LearnedWeights"/>).</summary>
/// <remarks>
/// The JSON of the model of 200 sets is 14.7 MB: 200,000 weights as text and the hidden layer in base64. Reading it
/// and turning it around by feature cost about 400 ms of CPU on a quiet 2-core machine; version 1 of this form, read
/// into arrays with the names into a dictionary, still about 300 ms at a cold start. This form is mapped and checked,
/// not read: every number is stored as the model uses it (weights stay doubles, the same to the bit), every name once,
/// and the table to find a name is built when the model is written. What a person checks (sets learned from,
/// settings) stays JSON at the front of the file, read only when asked for.
/// <para>Layout, little-endian: the mark <c>BMLM</c>, the version, the JSON header (its length, then UTF-8); at the
/// next multiple of 8 the number of sections and a 4-byte gap, then per section where it starts and how many bytes it
/// has (two 32-bit numbers); then the sections, each at a multiple of 8, in the order of <see cref="Section"/>.</para>
/// </remarks>
internal static class LearnedModelBinary
{
    private const int Version = 2;

    private static ReadOnlySpan<byte> Mark => "BMLM"u8;

    /// <summary>The sections, in the order they are written.</summary>
    internal enum Section
    {
        /// <summary>Per label where its name starts in <see cref="LabelNames"/>, and one more for the end.</summary>
        LabelStarts,

        /// <summary>The labels' names back to back, UTF-16.</summary>
        LabelNames,

        /// <summary>Per label its bias (double).</summary>
        Bias,

        /// <summary>The hidden layer's share (double, NaN without one), units and rows (two 32-bit numbers).</summary>
        Scalars,

        /// <summary>Per feature where its name starts in <see cref="Names"/>, and one more for the end.</summary>
        NameStarts,

        /// <summary>The features' names back to back, UTF-16.</summary>
        Names,

        /// <summary>The hash table of the names (<see cref="LearnedWeights.TryFind"/>): a power of two of feature ids, -1
        /// where empty.</summary>
        Buckets,

        /// <summary>Per feature where its weights start, and one more for the end.</summary>
        Start,

        /// <summary>Per weight its label (byte).</summary>
        Label,

        /// <summary>Per weight its value (double).</summary>
        Value,

        /// <summary>Per feature its row in the hidden layer, or -1.</summary>
        Row,

        /// <summary>The hidden layer's input weights: per row one signed byte per unit.</summary>
        Input,

        /// <summary>Per row what one step of its bytes is worth (float).</summary>
        RowScales,

        /// <summary>Per hidden unit its bias (float).</summary>
        HiddenBias,

        /// <summary>Per hidden unit one weight per label (float).</summary>
        OutputWeights,

        /// <summary>Per label the hidden layer's bias (float).</summary>
        OutputBias,
    }

    private const int SectionCount = (int)Section.OutputBias + 1;

    /// <summary>Whether the stream starts like this form (<see cref="ToBytes"/>); it is left where it was.</summary>
    public static bool IsBinary(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var position = stream.Position;
        Span<byte> start = stackalloc byte[Mark.Length];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        stream.Position = position;
        return read == start.Length && start.SequenceEqual(Mark);
    }

    /// <summary>The model in this form, in memory.</summary>
    /// <exception cref="InvalidDataException">A weight names a label the model does not have, or there are more than
    /// 255 labels.</exception>
    public static byte[] ToBytes(LearnedModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The learned model's binary form is written on little-endian machines only.");
        }

        string[] labels = [.. file.Labels];
        var network = file.Network;
        var (names, start, label, value, row) = ByFeature(file.Weights, labels, network?.Features ?? []);
        var scalars = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(scalars, network?.Share ?? double.NaN);
        BinaryPrimitives.WriteInt32LittleEndian(scalars.AsSpan(8), network?.HiddenUnits ?? 0);
        BinaryPrimitives.WriteInt32LittleEndian(scalars.AsSpan(12), network?.Features.Count ?? 0);
        var (labelStarts, labelNames) = Joined(labels);
        var (nameStarts, nameChars) = Joined(names);
        var sections = new byte[SectionCount][];
        sections[(int)Section.LabelStarts] = Bytes(labelStarts);
        sections[(int)Section.LabelNames] = Bytes(labelNames);
        sections[(int)Section.Bias] = Bytes<double>([.. file.Bias]);
        sections[(int)Section.Scalars] = scalars;
        sections[(int)Section.NameStarts] = Bytes(nameStarts);
        sections[(int)Section.Names] = Bytes(nameChars);
        sections[(int)Section.Buckets] = Bytes(LearnedWeights.HashTable(names));
        sections[(int)Section.Start] = Bytes(start);
        sections[(int)Section.Label] = label;
        sections[(int)Section.Value] = Bytes(value);
        sections[(int)Section.Row] = Bytes(row);
        sections[(int)Section.Input] = network?.InputWeights ?? [];
        sections[(int)Section.RowScales] = Bytes<float>([.. network?.RowScales ?? []]);
        sections[(int)Section.HiddenBias] = Bytes<float>([.. network?.HiddenBias ?? []]);
        sections[(int)Section.OutputWeights] = Bytes<float>([.. network?.OutputWeights ?? []]);
        sections[(int)Section.OutputBias] = Bytes<float>([.. network?.OutputBias ?? []]);

        var header = JsonSerializer.SerializeToUtf8Bytes(new LearnedModelHeader(file.TrainedOn, file.Settings), LearnedModelBinaryJsonContext.Default.LearnedModelHeader);
        var table = Align(12 + header.Length);
        var at = table + 8 + (SectionCount * 8);
        var offsets = new int[SectionCount];
        for (var s = 0; s < SectionCount; s++)
        {
            offsets[s] = at = Align(at);
            at += sections[s].Length;
        }

        var bytes = new byte[at];
        Mark.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), header.Length);
        header.CopyTo(bytes, 12);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(table), SectionCount);
        for (var s = 0; s < SectionCount; s++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(table + 8 + (s * 8)), offsets[s]);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(table + 12 + (s * 8)), sections[s].Length);
            sections[s].CopyTo(bytes, offsets[s]);
        }

        return bytes;
    }

    /// <summary>The parts of a model in this form, checked to fit together.</summary>
    /// <exception cref="InvalidDataException">The content is cut short, damaged or of another version.</exception>
    public static LearnedModelParts Read(LearnedModelImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The learned model's binary form is read on little-endian machines only.");
        }

        var bytes = image.Bytes;
        if (bytes.Length < 12 || !bytes[..Mark.Length].SequenceEqual(Mark))
        {
            throw new InvalidDataException("it does not start with the learned model's mark (BMLM).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        if (version != Version)
        {
            throw new InvalidDataException($"it is of version {version}; this host reads version {Version}.");
        }

        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (headerLength < 0 || (long)headerLength + 12 > bytes.Length)
        {
            throw Damaged($"a header of {headerLength} bytes does not fit in {bytes.Length}");
        }

        var table = Align(12 + headerLength);
        var first = table + 8 + (SectionCount * 8);
        if (first > bytes.Length || BinaryPrimitives.ReadInt32LittleEndian(bytes[table..]) != SectionCount)
        {
            throw Damaged($"no table of {SectionCount} sections after the header");
        }

        var sections = new LearnedModelSection[SectionCount];
        for (var s = 0; s < SectionCount; s++)
        {
            var offset = BinaryPrimitives.ReadInt32LittleEndian(bytes[(table + 8 + (s * 8))..]);
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[(table + 12 + (s * 8))..]);
            if (offset < first || offset % 8 != 0 || length < 0 || (long)offset + length > bytes.Length || length % ElementSize((Section)s) != 0)
            {
                throw Damaged($"section {(Section)s} ({length} bytes at {offset}) does not fit in {bytes.Length}");
            }

            sections[s] = new LearnedModelSection(offset, length);
        }

        var scalars = image.Read<byte>(sections[(int)Section.Scalars]);
        if (scalars.Length != 16)
        {
            throw Damaged($"the scalars are {scalars.Length} bytes, not 16");
        }

        var labels = Split(image.Read<int>(sections[(int)Section.LabelStarts]), image.Read<char>(sections[(int)Section.LabelNames]), "labels");
        var share = BinaryPrimitives.ReadDoubleLittleEndian(scalars);
        var hiddenUnits = BinaryPrimitives.ReadInt32LittleEndian(scalars[8..]);
        var rows = BinaryPrimitives.ReadInt32LittleEndian(scalars[12..]);
        var weights = new LearnedWeights(image, sections, labels.Length, rows);
        var network = hiddenUnits == 0 && rows == 0 && double.IsNaN(share)
            ? null
            : new LearnedNetwork(image, sections, share, hiddenUnits, rows, labels.Length);
        return new LearnedModelParts(labels, image.Read<double>(sections[(int)Section.Bias]).ToArray(), weights, network, new LearnedModelSection(12, headerLength));
    }

    /// <summary>The sets learned from and the settings, from the JSON at the front.</summary>
    public static LearnedModelHeader Header(LearnedModelImage image, LearnedModelSection header) =>
        JsonSerializer.Deserialize(image.Read<byte>(header), LearnedModelBinaryJsonContext.Default.LearnedModelHeader)
            ?? throw new InvalidDataException("its header is empty.");

    internal static InvalidDataException Damaged(string why) => new($"it is cut short or damaged ({why})");

    private static int ElementSize(Section section) => section switch
    {
        Section.LabelNames or Section.Names => sizeof(char),
        Section.Bias or Section.Value => sizeof(double),
        Section.Label or Section.Input or Section.Scalars => 1,
        _ => sizeof(int),
    };

    private static int Align(int at) => (at + 7) & ~7;

    private static byte[] Bytes<T>(T[] values)
        where T : unmanaged => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static (int[] Starts, char[] Chars) Joined(IReadOnlyList<string> names)
    {
        var starts = new int[names.Count + 1];
        for (var i = 0; i < names.Count; i++)
        {
            starts[i + 1] = starts[i] + names[i].Length;
        }

        var chars = new char[starts[^1]];
        for (var i = 0; i < names.Count; i++)
        {
            names[i].CopyTo(chars.AsSpan(starts[i]));
        }

        return (starts, chars);
    }

    private static string[] Split(ReadOnlySpan<int> starts, ReadOnlySpan<char> chars, string what)
    {
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != chars.Length)
        {
            throw Damaged($"the {what} do not fit their characters");
        }

        var names = new string[starts.Length - 1];
        for (var i = 0; i < names.Length; i++)
        {
            if (starts[i + 1] < starts[i])
            {
                throw Damaged($"the {what} do not fit their characters");
            }

            names[i] = new string(chars[starts[i]..starts[i + 1]]);
        }

        return names;
    }

    /// <summary>The weights turned around from per label to per feature: per feature id its name, where its weights
    /// start, and per weight its label and value; per feature its row in the hidden layer.</summary>
    private static (string[] Names, int[] Start, byte[] Label, double[] Value, int[] Row) ByFeature(
        IReadOnlyDictionary<string, Dictionary<string, double>> weights, string[] labels, IReadOnlyList<string> hiddenFeatures)
    {
        if (labels.Length > byte.MaxValue)
        {
            throw new InvalidDataException($"The model has {labels.Length} labels; at most {byte.MaxValue} fit.");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var counts = new List<int>();
        int IdOf(string feature)
        {
            if (!ids.TryGetValue(feature, out var id))
            {
                ids[feature] = id = names.Count;
                names.Add(feature);
                counts.Add(0);
            }

            return id;
        }

        var byLabel = new List<(byte Label, Dictionary<string, double> Weights)>(weights.Count);
        foreach (var (label, byFeature) in weights)
        {
            var index = Array.IndexOf(labels, label);
            if (index < 0)
            {
                throw new InvalidDataException($"The weights name an unknown label '{label}'.");
            }

            byLabel.Add(((byte)index, byFeature));
            foreach (var feature in byFeature.Keys)
            {
                counts[IdOf(feature)]++;
            }
        }

        foreach (var feature in hiddenFeatures)
        {
            IdOf(feature);
        }

        var start = new int[names.Count + 1];
        for (var id = 0; id < names.Count; id++)
        {
            start[id + 1] = start[id] + counts[id];
        }

        var next = start[..^1];
        var labelOf = new byte[start[^1]];
        var value = new double[start[^1]];
        foreach (var (label, byFeature) in byLabel)
        {
            foreach (var (feature, weight) in byFeature)
            {
                var at = next[ids[feature]]++;
                labelOf[at] = label;
                value[at] = weight;
            }
        }

        var row = new int[names.Count];
        Array.Fill(row, -1);
        for (var r = 0; r < hiddenFeatures.Count; r++)
        {
            var id = ids[hiddenFeatures[r]];
            if (row[id] >= 0)
            {
                throw new InvalidDataException($"The hidden layer reads feature '{hiddenFeatures[r]}' twice.");
            }

            row[id] = r;
        }

        return ([.. names], start, labelOf, value, row);
    }
}

/// <summary>A model's parts as <see cref="LearnedModelBinary.Read"/> finds them.</summary>
internal sealed record LearnedModelParts(string[] Labels, double[] Bias, LearnedWeights Weights, LearnedNetwork? Network, LearnedModelSection Header);

/// <summary>The part of <see cref="LearnedModelBinary"/> kept as JSON: what a person checks.</summary>
internal sealed record LearnedModelHeader(IReadOnlyList<string> TrainedOn, LearnedModelTrainerOptions Settings);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnedModelHeader))]
internal sealed partial class LearnedModelBinaryJsonContext : JsonSerializerContext;
