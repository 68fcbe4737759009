using System.Runtime.InteropServices;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>
/// One hidden layer over the message's features: rectified units, then one sigmoid per label.
/// </summary>
/// <remarks>
/// A weight per word cannot say that '3 nachten' matters with 'niet thuis' and not with 'op vakantie'; hidden units can.
/// On the sets held out from learning, blending the two gained more than a point of recall and of precision, with fewer
/// false alarms. The caller adds each feature's row into the hidden units, so one dictionary look-up per feature serves
/// both parts. The layer reads features the regression may have dropped: a word that counts only beside another
/// weighs nothing alone. The trainer may have joined several layers learned apart into this one
/// (<see cref="LearnedModelTrainerOptions.Networks"/>); it is read the same way.
/// </remarks>
internal sealed class LearnedNetwork
{
    private readonly LearnedModelImage _image;
    private readonly LearnedModelSection _input;
    private readonly LearnedModelSection _rowScales;
    private readonly LearnedModelSection _hiddenBias;
    private readonly LearnedModelSection _output;
    private readonly LearnedModelSection _outputBias;
    private readonly int _labels;

    /// <summary>Checks that the layer's sections fit its size and the model's labels.</summary>
    /// <exception cref="InvalidDataException">They do not.</exception>
    public LearnedNetwork(LearnedModelImage image, IReadOnlyList<LearnedModelSection> sections, double share, int hiddenUnits, int rows, int labels)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sections);
        _image = image;
        _input = sections[(int)LearnedModelBinary.Section.Input];
        _rowScales = sections[(int)LearnedModelBinary.Section.RowScales];
        _hiddenBias = sections[(int)LearnedModelBinary.Section.HiddenBias];
        _output = sections[(int)LearnedModelBinary.Section.OutputWeights];
        _outputBias = sections[(int)LearnedModelBinary.Section.OutputBias];
        _labels = labels;
        var input = _input.Length;
        var rowScales = _rowScales.Length / sizeof(float);
        var hiddenBias = _hiddenBias.Length / sizeof(float);
        var output = _output.Length / sizeof(float);
        var outputBias = _outputBias.Length / sizeof(float);
        if (hiddenUnits <= 0 || hiddenBias != hiddenUnits || outputBias != labels || output != (long)hiddenUnits * labels
            || input != (long)rows * hiddenUnits || rowScales != rows || share is < 0 or > 1 || double.IsNaN(share))
        {
            throw new InvalidDataException(
                $"The hidden layer does not fit: {hiddenUnits} units, {input} input weights and {rowScales} row scales "
                + $"for {rows} features, {output} output weights and {outputBias} output biases for {labels} labels, share {share}.");
        }

        HiddenUnits = hiddenUnits;
        Rows = rows;
        Share = share;
    }

    public int HiddenUnits { get; }

    public int Rows { get; }

    public double Share { get; }

    /// <summary>The layer in the file's form, its features named by <paramref name="weights"/>.</summary>
    public LearnedNetworkFile ToFile(LearnedWeights weights) => new(
        Share,
        HiddenUnits,
        weights.HiddenFeatures(Rows),
        _image.Read<byte>(_input).ToArray(),
        _image.Read<float>(_rowScales).ToArray(),
        _image.Read<float>(_hiddenBias).ToArray(),
        _image.Read<float>(_output).ToArray(),
        _image.Read<float>(_outputBias).ToArray());

    /// <summary>Starts a message: the hidden units at their bias.</summary>
    public void Begin(Span<float> hidden) => _image.Read<float>(_hiddenBias).CopyTo(hidden);

    /// <summary>Adds feature row <paramref name="row"/> with <paramref name="value"/> to the hidden units.</summary>
    public void Add(int row, float value, Span<float> hidden)
    {
        var weights = MemoryMarshal.Cast<byte, sbyte>(_image.Read<byte>(_input).Slice(row * hidden.Length, hidden.Length));
        var step = _image.Read<float>(_rowScales)[row] * value;
        for (var j = 0; j < hidden.Length; j++)
        {
            hidden[j] += weights[j] * step;
        }
    }

    /// <summary>Blends the network's probabilities into <paramref name="probabilities"/>, which hold the regression's.</summary>
    public void Blend(ReadOnlySpan<float> hidden, Span<double> probabilities)
    {
        var output = _image.Read<float>(_output);
        var outputBias = _image.Read<float>(_outputBias);
        for (var l = 0; l < _labels; l++)
        {
            double z = outputBias[l];
            for (var j = 0; j < hidden.Length; j++)
            {
                if (hidden[j] > 0)
                {
                    z += output[(j * _labels) + l] * hidden[j];
                }
            }

            probabilities[l] = ((1 - Share) * probabilities[l]) + (Share / (1 + Math.Exp(-z)));
        }
    }
}
