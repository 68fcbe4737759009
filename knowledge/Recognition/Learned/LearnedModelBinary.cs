using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model in the form the host reads at start-up: the same model as its JSON, with every number in
/// binary, every feature name once and the weights already by feature (<see cref="LearnedWeights"/>).</summary>
/// <remarks>
/// The JSON of the model of 200 sets is 14.7 MB: 200,000 weights as text and the hidden layer in base64. Reading it and
/// turning it around by feature cost about 400 ms of CPU on a quiet 2-core machine, and over a second while the rest of
/// the host started beside it: more than the rest of the start together. This form is read with a few bulk copies and
/// gives the same numbers to the bit (weights stay doubles). What a person checks (sets learned from, settings, labels)
/// stays JSON, at the front of the file.
/// <para>Layout, little-endian as .NET's <see cref="BinaryWriter"/> writes: the mark <c>BMLM</c>, a version, the JSON
/// header (length-prefixed UTF-8), the feature names (count, then each as a length-prefixed UTF-8 string), then arrays,
/// each as its length and its elements: per feature where its weights start, per weight its label and its value, per
/// feature its hidden row; then, if the model has a hidden layer, its signed bytes and its floats.</para>
/// </remarks>
internal static class LearnedModelBinary
{
    private const int Version = 1;

    private static ReadOnlySpan<byte> Mark => "BMLM"u8;

    /// <summary>Whether the stream starts like a file written by <see cref="Write"/>; it is left where it was.</summary>
    public static bool IsBinary(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var position = stream.Position;
        Span<byte> start = stackalloc byte[Mark.Length];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        stream.Position = position;
        return read == start.Length && start.SequenceEqual(Mark);
    }

    public static void Write(LearnedModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The learned model's binary form is written on little-endian machines only.");
        }

        var file = model.File;
        var weights = model.Weights;
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Mark);
        writer.Write(Version);
        var header = new LearnedModelHeader(file.TrainedOn, file.Settings, file.Labels, file.Bias, file.Network?.Share, file.Network?.HiddenUnits);
        var json = JsonSerializer.SerializeToUtf8Bytes(header, LearnedModelBinaryJsonContext.Default.LearnedModelHeader);
        writer.Write(json.Length);
        writer.Write(json);
        writer.Write(weights.Features.Length);
        foreach (var feature in weights.Features)
        {
            writer.Write(feature);
        }

        WriteArray(writer, weights.Start);
        WriteArray(writer, weights.Label);
        WriteArray(writer, weights.Value);
        WriteArray(writer, weights.Row);
        writer.Write(file.Network is not null);
        if (file.Network is { } network)
        {
            WriteArray(writer, network.InputWeights);
            WriteArray<float>(writer, [.. network.RowScales]);
            WriteArray<float>(writer, [.. network.HiddenBias]);
            WriteArray<float>(writer, [.. network.OutputWeights]);
            WriteArray<float>(writer, [.. network.OutputBias]);
        }
    }

    /// <exception cref="InvalidDataException">The content is cut short, damaged or of another version.</exception>
    /// <remarks>Reads straight from the stream into the model's arrays: a copy of the whole file first would touch ten
    /// more megabytes of fresh memory, which costs a start more than reading it.</remarks>
    public static LearnedModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The learned model's binary form is read on little-endian machines only.");
        }

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Mark.Length).AsSpan().SequenceEqual(Mark))
            {
                throw new InvalidDataException("it does not start with the learned model's mark (BMLM).");
            }

            return ReadAfterMark(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"it is cut short or damaged ({e.Message})", e);
        }
    }

    private static LearnedModel ReadAfterMark(BinaryReader reader)
    {
        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"it is of version {version}; this host reads version {Version}.");
        }

        var header = JsonSerializer.Deserialize(reader.ReadBytes(reader.ReadInt32()), LearnedModelBinaryJsonContext.Default.LearnedModelHeader)
            ?? throw new InvalidDataException("its header is empty.");
        var features = new string[reader.ReadInt32()];
        for (var id = 0; id < features.Length; id++)
        {
            features[id] = reader.ReadString();
        }

        var start = ReadArray<int>(reader);
        var label = ReadArray<byte>(reader);
        var value = ReadArray<double>(reader);
        var row = ReadArray<int>(reader);
        if (!reader.ReadBoolean())
        {
            return new LearnedModel(header, new LearnedWeights(features, start, label, value, row, header.Labels.Count, rows: 0), network: null);
        }

        var input = ReadArray<byte>(reader);
        var rowScales = ReadArray<float>(reader);
        var weights = new LearnedWeights(features, start, label, value, row, header.Labels.Count, rowScales.Length);
        var network = new LearnedNetworkFile(
            header.Share ?? throw new InvalidDataException("its hidden layer has no share."),
            header.HiddenUnits ?? throw new InvalidDataException("its hidden layer has no size."),
            weights.HiddenFeatures(rowScales.Length),
            input,
            rowScales,
            ReadArray<float>(reader),
            ReadArray<float>(reader),
            ReadArray<float>(reader));
        return new LearnedModel(header, weights, network);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        // A damaged length must not ask for gigabytes: no array can be longer than what is left of the file.
        if (length < 0 || (reader.BaseStream.CanSeek && (long)length * Marshal.SizeOf<T>() > reader.BaseStream.Length - reader.BaseStream.Position))
        {
            throw new EndOfStreamException($"an array of {length} elements does not fit in what is left");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}

/// <summary>The part of <see cref="LearnedModelBinary"/> kept as JSON: what a person checks, and the scalars.</summary>
internal sealed record LearnedModelHeader(
    IReadOnlyList<string> TrainedOn,
    LearnedModelTrainerOptions Settings,
    IReadOnlyList<string> Labels,
    IReadOnlyList<double> Bias,
    double? Share,
    int? HiddenUnits);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnedModelHeader))]
internal sealed partial class LearnedModelBinaryJsonContext : JsonSerializerContext;
