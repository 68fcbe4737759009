namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>Fits <see cref="LearnedNetwork"/>'s weights with AdaGrad on a weighted log loss, one message at a time.</summary>
/// <remarks>
/// AdaGrad, because most features are rare: each weight gets its own step size, so a word seen ten times still moves.
/// One thread per layer, a fixed seed per layer and scalar arithmetic make every run give the same weights, which the
/// shipped-model test needs; the layers share nothing while they learn, so they learn side by side.
/// </remarks>
internal sealed class LearnedNetworkTrainer(LearnedModelTrainerOptions options)
{
    private const float Epsilon = 1e-6f;
    private const float L2 = 1e-6f;
    private const float StartingBias = -3;
    private const int TypicalFeatures = 150;

    /// <summary>One message: its features (row, value) and per label what it teaches.</summary>
    public readonly record struct Example(int[] Indices, float[] Values, TrainingTarget[] Targets);

    /// <summary>One layer's weights while learning, before they are joined and stored as bytes.</summary>
    private sealed record Layer(int HiddenUnits, float[] Input, float[] HiddenBias, float[] Output, float[] OutputBias);

    public LearnedNetworkFile Train(IReadOnlyList<Example> examples, IReadOnlyList<string> features, int labels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Networks, 1);
        var layers = new Layer[options.Networks];
        Parallel.For(0, layers.Length, k => layers[k] = TrainLayer(examples, features.Count, labels, options.Seed + k));
        var joined = Join(layers, features.Count, labels);
        var (bytes, rowScales) = Quantize(joined.Input, features.Count, joined.HiddenUnits);
        return new LearnedNetworkFile(options.NetworkShare, joined.HiddenUnits, features, bytes, rowScales, joined.HiddenBias, joined.Output, joined.OutputBias);
    }

    /// <summary>
    /// Side by side, the layers' units make one layer; halving (for two) their output weights and averaging their output
    /// biases makes its answer before the sigmoid the average of theirs, so the host reads it like any other layer.
    /// </summary>
    private static Layer Join(IReadOnlyList<Layer> layers, int rows, int labels)
    {
        var units = layers[0].HiddenUnits;
        var total = units * layers.Count;
        var input = new float[rows * total];
        var hiddenBias = new float[total];
        var output = new float[total * labels];
        var outputBias = new float[labels];
        for (var k = 0; k < layers.Count; k++)
        {
            var layer = layers[k];
            for (var row = 0; row < rows; row++)
            {
                Array.Copy(layer.Input, row * units, input, (row * total) + (k * units), units);
            }

            Array.Copy(layer.HiddenBias, 0, hiddenBias, k * units, units);
            for (var i = 0; i < layer.Output.Length; i++)
            {
                output[(k * units * labels) + i] = layer.Output[i] / layers.Count;
            }

            for (var l = 0; l < labels; l++)
            {
                outputBias[l] += layer.OutputBias[l] / layers.Count;
            }
        }

        return new Layer(total, input, hiddenBias, output, outputBias);
    }

    private Layer TrainLayer(IReadOnlyList<Example> examples, int rows, int labels, int seed)
    {
        var hiddenUnits = options.HiddenUnits;
        var drop = (float)options.Dropout;
        var rate = (float)options.LearningRate;
        var random = new Random(seed);
        var input = new float[rows * hiddenUnits];
        var hiddenBias = new float[hiddenUnits];
        var output = new float[hiddenUnits * labels];
        var outputBias = new float[labels];
        var inputSquares = new float[input.Length];
        var hiddenBiasSquares = new float[hiddenUnits];
        var outputSquares = new float[output.Length];
        var outputBiasSquares = new float[labels];

        // Glorot-style starting weights; the output starts unlikely, as most labels are absent from most messages.
        var scale = MathF.Sqrt(6f / (TypicalFeatures + hiddenUnits));
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        var outputScale = MathF.Sqrt(6f / (hiddenUnits + labels));
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)((random.NextDouble() * 2) - 1) * outputScale;
        }

        Array.Fill(outputBias, StartingBias);
        var hidden = new float[hiddenUnits];
        var kept = new bool[hiddenUnits];
        var hiddenGradient = new float[hiddenUnits];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var n in order)
            {
                var (indices, values, targets) = examples[n];
                Array.Copy(hiddenBias, hidden, hiddenUnits);
                for (var k = 0; k < indices.Length; k++)
                {
                    var row = indices[k] * hiddenUnits;
                    for (var j = 0; j < hiddenUnits; j++)
                    {
                        hidden[j] += input[row + j] * values[k];
                    }
                }

                for (var j = 0; j < hiddenUnits; j++)
                {
                    kept[j] = hidden[j] > 0 && random.NextDouble() >= drop;
                    hidden[j] = kept[j] ? hidden[j] / (1 - drop) : 0;
                }

                Array.Clear(hiddenGradient);
                for (var l = 0; l < labels; l++)
                {
                    var z = outputBias[l];
                    for (var j = 0; j < hiddenUnits; j++)
                    {
                        z += output[(j * labels) + l] * hidden[j];
                    }

                    var p = 1 / (1 + MathF.Exp(-z));
                    var g = targets[l].Weight * (p - (targets[l].Applies ? 1 : 0));
                    Step(outputBias, outputBiasSquares, l, g, rate);
                    for (var j = 0; j < hiddenUnits; j++)
                    {
                        if (hidden[j] != 0)
                        {
                            var w = (j * labels) + l;
                            hiddenGradient[j] += g * output[w];
                            Step(output, outputSquares, w, (g * hidden[j]) + (L2 * output[w]), rate);
                        }
                    }
                }

                for (var j = 0; j < hiddenUnits; j++)
                {
                    if (!kept[j])
                    {
                        continue;
                    }

                    var g = hiddenGradient[j] / (1 - drop);
                    Step(hiddenBias, hiddenBiasSquares, j, g, rate);
                    for (var k = 0; k < indices.Length; k++)
                    {
                        var w = (indices[k] * hiddenUnits) + j;
                        Step(input, inputSquares, w, (g * values[k]) + (L2 * input[w]), rate);
                    }
                }
            }
        }

        return new Layer(hiddenUnits, input, hiddenBias, output, outputBias);
    }

    // Signed bytes with one scale per row: what the trained weights say, in a quarter of the space.
    private static (byte[] Bytes, float[] RowScales) Quantize(float[] input, int rows, int hiddenUnits)
    {
        var bytes = new byte[input.Length];
        var rowScales = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            var weights = input.AsSpan(row * hiddenUnits, hiddenUnits);
            var largest = 0f;
            foreach (var w in weights)
            {
                largest = Math.Max(largest, Math.Abs(w));
            }

            rowScales[row] = largest / sbyte.MaxValue;
            for (var j = 0; j < hiddenUnits; j++)
            {
                bytes[(row * hiddenUnits) + j] = largest == 0 ? (byte)0 : unchecked((byte)(sbyte)MathF.Round(weights[j] / rowScales[row]));
            }
        }

        return (bytes, rowScales);
    }

    private static void Step(float[] weights, float[] squares, int at, float gradient, float rate)
    {
        squares[at] += gradient * gradient;
        weights[at] -= rate * gradient / MathF.Sqrt(squares[at] + Epsilon);
    }
}
