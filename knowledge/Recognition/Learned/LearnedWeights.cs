using System.Numerics;
using System.Runtime.InteropServices;
using Section = Bouwmarkt.Bot.Knowledge.Recognition.Learned.LearnedModelBinary.Section;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The model's weights by feature, the way a message adds them up: one look-up per feature gives its weight for
/// each label of the regression and its row in the hidden layer.</summary>
/// <remarks>
/// Flat arrays (one row of weights per feature, rows back to back) instead of a list per feature, read where they lie in
/// the model's bytes (<see cref="LearnedModelImage"/>): the shipped model's 71,000 features and 200,000 weights are a
/// handful of sections, not 140,000 objects. A feature is found through a hash table written with the model (linear
/// probing over a power of two of slots, at most three quarters full), so no dictionary of the names is built at
/// start-up. The file's form, weights per label (what counts for 'geld'?), is rebuilt from here when someone asks.
/// </remarks>
internal sealed class LearnedWeights
{
    private readonly LearnedModelImage _image;
    private readonly LearnedModelSection _nameStarts;
    private readonly LearnedModelSection _names;
    private readonly LearnedModelSection _buckets;
    private readonly LearnedModelSection _start;
    private readonly LearnedModelSection _label;
    private readonly LearnedModelSection _value;
    private readonly LearnedModelSection _row;
    private readonly int _shift;

    /// <summary>Checks that the sections fit together.</summary>
    /// <param name="labels">How many labels the model has.</param>
    /// <param name="rows">How many rows the hidden layer has (0 without one).</param>
    /// <exception cref="InvalidDataException">They do not.</exception>
    public LearnedWeights(LearnedModelImage image, IReadOnlyList<LearnedModelSection> sections, int labels, int rows)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sections);
        _image = image;
        _nameStarts = sections[(int)Section.NameStarts];
        _names = sections[(int)Section.Names];
        _buckets = sections[(int)Section.Buckets];
        _start = sections[(int)Section.Start];
        _label = sections[(int)Section.Label];
        _value = sections[(int)Section.Value];
        _row = sections[(int)Section.Row];

        var nameStarts = image.Read<int>(_nameStarts);
        var start = Start;
        var row = Row;
        var label = Label;
        Count = nameStarts.Length - 1;
        if (Count < 0 || start.Length != Count + 1 || row.Length != Count || label.Length != Value.Length
            || start[0] != 0 || start[^1] != Value.Length || nameStarts[0] != 0 || nameStarts[^1] != image.Read<char>(_names).Length)
        {
            throw new InvalidDataException(
                $"The weights do not fit: {Count} features, {start.Length} row starts, {row.Length} hidden rows, "
                + $"{label.Length} labels and {Value.Length} values.");
        }

        // Every row has its own feature, so a damaged count cannot ask for more memory than the features take.
        if (rows < 0 || rows > Count)
        {
            throw LearnedModelBinary.Damaged($"a hidden layer of {rows} rows for {Count} features");
        }

        var rowTaken = new bool[rows];
        for (var id = 0; id < Count; id++)
        {
            if (start[id + 1] < start[id] || nameStarts[id + 1] < nameStarts[id] || row[id] < -1 || row[id] >= rows || (row[id] >= 0 && rowTaken[row[id]]))
            {
                throw new InvalidDataException($"The weights of feature '{Feature(id)}' do not fit.");
            }

            if (row[id] >= 0)
            {
                rowTaken[row[id]] = true;
            }
        }

        if (Array.IndexOf(rowTaken, false) is var empty and >= 0)
        {
            throw new InvalidDataException($"The hidden layer has {rows} rows, but row {empty} has no feature.");
        }

        if (label.IndexOfAnyInRange((byte)labels, byte.MaxValue) >= 0)
        {
            throw new InvalidDataException($"A weight names a label beyond the model's {labels}.");
        }

        var buckets = image.Read<int>(_buckets);
        if (!BitOperations.IsPow2(buckets.Length) || buckets.Length < Count + 1 || buckets.IndexOfAnyExceptInRange(-1, Count - 1) >= 0
            || buckets.Count(-1) < buckets.Length - Count)
        {
            throw LearnedModelBinary.Damaged($"a table of {buckets.Length} slots for {Count} features");
        }

        _shift = 64 - BitOperations.Log2((uint)buckets.Length);
    }

    /// <summary>How many features the model knows.</summary>
    public int Count { get; }

    /// <summary>Per feature id where its weights start in <see cref="Label"/> and <see cref="Value"/>; one more closes the last.</summary>
    public ReadOnlySpan<int> Start => _image.Read<int>(_start);

    /// <summary>Per weight the index of its label.</summary>
    public ReadOnlySpan<byte> Label => _image.Read<byte>(_label);

    /// <summary>Per weight its value.</summary>
    public ReadOnlySpan<double> Value => _image.Read<double>(_value);

    /// <summary>Per feature id its row in the hidden layer, or -1.</summary>
    public ReadOnlySpan<int> Row => _image.Read<int>(_row);

    /// <summary>The finder of feature ids, for the many look-ups of one message.</summary>
    public Finder Find() => new(_image.Read<int>(_buckets), _image.Read<int>(_nameStarts), _image.Read<char>(_names), _shift);

    /// <summary>The id of a feature the model knows.</summary>
    public bool TryFind(string feature, out int id)
    {
        var found = Find().TryFind(feature, out id);
        GC.KeepAlive(_image);
        return found;
    }

    /// <summary>The name of feature <paramref name="id"/>.</summary>
    public string Feature(int id)
    {
        var starts = _image.Read<int>(_nameStarts);
        var name = new string(_image.Read<char>(_names)[starts[id]..starts[id + 1]]);
        GC.KeepAlive(_image);
        return name;
    }

    /// <summary>The hash table for <paramref name="names"/> as <see cref="Finder"/> reads it.</summary>
    public static int[] HashTable(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        // At most three quarters full, and at least one empty slot, so every probe ends.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, (names.Count * 4 / 3) + 1));
        var shift = 64 - BitOperations.Log2((uint)size);
        var table = new int[size];
        Array.Fill(table, -1);
        for (var id = 0; id < names.Count; id++)
        {
            var slot = (int)(Hash(names[id]) >> shift);
            while (table[slot] >= 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            table[slot] = id;
        }

        return table;
    }

    /// <summary>FxHash over the name's UTF-16 code units, eight bytes at a time: the same on every machine and run, which
    /// a table written into a file needs (string.GetHashCode differs per process).</summary>
    internal static ulong Hash(ReadOnlySpan<char> name)
    {
        const ulong Seed = 0x517cc1b727220a95;
        var bytes = MemoryMarshal.AsBytes(name);
        var hash = (ulong)bytes.Length;
        while (bytes.Length >= sizeof(ulong))
        {
            hash = (BitOperations.RotateLeft(hash, 5) ^ MemoryMarshal.Read<ulong>(bytes)) * Seed;
            bytes = bytes[sizeof(ulong)..];
        }

        foreach (var b in bytes)
        {
            hash = (BitOperations.RotateLeft(hash, 5) ^ b) * Seed;
        }

        // The table takes the top bits; fold the low ones in so that every character counts there.
        return hash ^ (hash << 29);
    }

    /// <summary>The weights per label, per feature: the file's form.</summary>
    public Dictionary<string, Dictionary<string, double>> ByLabel(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        // Every label, also one without weights, as the trainer writes them.
        var byLabel = labels.ToDictionary(label => label, _ => new Dictionary<string, double>(StringComparer.Ordinal), StringComparer.Ordinal);
        var start = Start;
        var label = Label;
        var value = Value;
        for (var id = 0; id < Count; id++)
        {
            var feature = Feature(id);
            for (var at = start[id]; at < start[id + 1]; at++)
            {
                byLabel[labels[label[at]]][feature] = value[at];
            }
        }

        return byLabel;
    }

    /// <summary>The hidden layer's features in the order of its rows (each row has one: checked when read).</summary>
    public string[] HiddenFeatures(int rows)
    {
        var features = new string[rows];
        var row = Row;
        for (var id = 0; id < row.Length; id++)
        {
            if (row[id] >= 0)
            {
                features[row[id]] = Feature(id);
            }
        }

        return features;
    }

    /// <summary>Looks features up in the table of one model; made once per message.</summary>
    public readonly ref struct Finder(ReadOnlySpan<int> buckets, ReadOnlySpan<int> starts, ReadOnlySpan<char> names, int shift)
    {
        private readonly ReadOnlySpan<int> _buckets = buckets;
        private readonly ReadOnlySpan<int> _starts = starts;
        private readonly ReadOnlySpan<char> _names = names;

        public bool TryFind(string feature, out int id)
        {
            var mask = _buckets.Length - 1;
            for (var slot = (int)(Hash(feature) >> shift); ; slot = (slot + 1) & mask)
            {
                id = _buckets[slot];
                if (id < 0)
                {
                    return false;
                }

                if (_names[_starts[id].._starts[id + 1]].SequenceEqual(feature))
                {
                    return true;
                }
            }
        }
    }
}
