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
    private readonly byte[] _input;
    private readonly float[] _rowScales;
    private readonly float[] _hiddenBias;
    private readonly float[] _output;
    private readonly float[] _outputBias;
    private readonly int _labels;

    public LearnedNetwork(LearnedNetworkFile file, int labels)
    {
        ArgumentNullException.ThrowIfNull(file);
        var hidden = file.HiddenUnits;
        var rows = file.Features.Count;
        if (hidden <= 0 || file.HiddenBias.Count != hidden || file.OutputBias.Count != labels || file.OutputWeights.Count != hidden * labels
            || file.InputWeights.Length != rows * hidden || file.RowScales.Count != rows || file.Share is < 0 or > 1)
        {
            throw new InvalidDataException(
                $"The hidden layer does not fit: {hidden} units, {file.InputWeights.Length} input weights and {file.RowScales.Count} row scales "
                + $"for {rows} features, {file.OutputWeights.Count} output weights and {file.OutputBias.Count} output biases for {labels} labels, share {file.Share}.");
        }

        _input = file.InputWeights;
        _rowScales = [.. file.RowScales];
        _hiddenBias = [.. file.HiddenBias];
        _output = [.. file.OutputWeights];
        _outputBias = [.. file.OutputBias];
        _labels = labels;
        Share = file.Share;
    }

    public int HiddenUnits => _hiddenBias.Length;

    public double Share { get; }

    /// <summary>Starts a message: the hidden units at their bias.</summary>
    public void Begin(Span<float> hidden) => _hiddenBias.CopyTo(hidden);

    /// <summary>Adds feature row <paramref name="row"/> with <paramref name="value"/> to the hidden units.</summary>
    public void Add(int row, float value, Span<float> hidden)
    {
        var weights = MemoryMarshal.Cast<byte, sbyte>(_input.AsSpan(row * hidden.Length, hidden.Length));
        var step = _rowScales[row] * value;
        for (var j = 0; j < hidden.Length; j++)
        {
            hidden[j] += weights[j] * step;
        }
    }

    /// <summary>Blends the network's probabilities into <paramref name="probabilities"/>, which hold the regression's.</summary>
    public void Blend(ReadOnlySpan<float> hidden, Span<double> probabilities)
    {
        for (var l = 0; l < _labels; l++)
        {
            double z = _outputBias[l];
            for (var j = 0; j < hidden.Length; j++)
            {
                if (hidden[j] > 0)
                {
                    z += _output[(j * _labels) + l] * hidden[j];
                }
            }

            probabilities[l] = ((1 - Share) * probabilities[l]) + (Share / (1 + Math.Exp(-z)));
        }
    }
}
