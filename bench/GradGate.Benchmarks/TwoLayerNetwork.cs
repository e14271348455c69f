using System.Numerics.Tensors;

namespace GradGate.Benchmarks;

/// <summary>
/// Seed 002's network at a realistic size: <c>scores = relu(X W1 + b1) W2 + b2</c>, mean softmax cross-entropy
/// over 64 samples of 100 features, 50 hidden units and 10 classes (5,560 parameters). The forward pass runs
/// on <see cref="TensorPrimitives"/> into buffers allocated once, so a loss evaluation allocates nothing.
/// </summary>
internal sealed class TwoLayerNetwork
{
    public const int Samples = 64;
    public const int Inputs = 100;
    public const int Hidden = 50;
    public const int Classes = 10;

    private readonly double[] _x;
    private readonly int[] _labels;
    private readonly double[] _hidden = new double[Samples * Hidden];
    private readonly double[] _scores = new double[Samples * Classes];
    private readonly double[] _exponentials = new double[Classes];
    private readonly double _w1GradientFactor;

    public TwoLayerNetwork(double w1GradientFactor = 1)
    {
        var random = new Random(2);
        W1 = Normal(random, Inputs * Hidden, 0.1);
        B1 = new double[Hidden];
        W2 = Normal(random, Hidden * Classes, 0.1);
        B2 = new double[Classes];
        _x = Normal(random, Samples * Inputs, 1);
        _labels = Enumerable.Range(0, Samples).Select(_ => random.Next(Classes)).ToArray();
        _w1GradientFactor = w1GradientFactor;
    }

    public double[] W1 { get; }

    public double[] B1 { get; }

    public double[] W2 { get; }

    public double[] B2 { get; }

    public int ParameterCount => W1.Length + B1.Length + W2.Length + B2.Length;

    public LossTarget<double> ToTarget() => GradCheckTarget.Loss(
        new NamedArrays<double>
        {
            { "W1", W1, Inputs, Hidden },
            { "b1", B1 },
            { "W2", W2, Hidden, Classes },
            { "b2", B2 },
        },
        Loss,
        Gradients);

    public double Loss()
    {
        var loss = 0.0;
        for (var n = 0; n < Samples; n++)
        {
            var hidden = _hidden.AsSpan(n * Hidden, Hidden);
            B1.CopyTo(hidden);
            for (var k = 0; k < Inputs; k++)
            {
                TensorPrimitives.MultiplyAdd(W1.AsSpan(k * Hidden, Hidden), _x[(n * Inputs) + k], hidden, hidden);
            }

            TensorPrimitives.Max(hidden, 0.0, hidden);
            var scores = _scores.AsSpan(n * Classes, Classes);
            B2.CopyTo(scores);
            for (var h = 0; h < Hidden; h++)
            {
                TensorPrimitives.MultiplyAdd(W2.AsSpan(h * Classes, Classes), hidden[h], scores, scores);
            }

            TensorPrimitives.Subtract(scores, TensorPrimitives.Max(scores), scores);
            TensorPrimitives.Exp(scores, _exponentials);
            loss += Math.Log(TensorPrimitives.Sum(_exponentials)) - scores[_labels[n]];
        }

        return loss / Samples;
    }

    /// <summary>The hand-written backward pass, from the buffers a fresh forward pass leaves behind.</summary>
    private IReadOnlyDictionary<string, double[]> Gradients()
    {
        Loss();
        var dScores = new double[Samples * Classes];
        for (var n = 0; n < Samples; n++)
        {
            var row = dScores.AsSpan(n * Classes, Classes);
            TensorPrimitives.Exp(_scores.AsSpan(n * Classes, Classes), row);
            TensorPrimitives.Divide(row, TensorPrimitives.Sum(row) * Samples, row);
            row[_labels[n]] -= 1.0 / Samples;
        }

        var dW2 = new double[Hidden * Classes];
        var dB2 = new double[Classes];
        var dHidden = new double[Samples * Hidden];
        for (var n = 0; n < Samples; n++)
        {
            var row = dScores.AsSpan(n * Classes, Classes);
            TensorPrimitives.Add(dB2, row, dB2);
            for (var h = 0; h < Hidden; h++)
            {
                var activation = _hidden[(n * Hidden) + h];
                TensorPrimitives.MultiplyAdd(row, activation, dW2.AsSpan(h * Classes, Classes), dW2.AsSpan(h * Classes, Classes));
                dHidden[(n * Hidden) + h] = activation > 0 ? TensorPrimitives.Dot(row, W2.AsSpan(h * Classes, Classes)) : 0;
            }
        }

        var dW1 = new double[Inputs * Hidden];
        var dB1 = new double[Hidden];
        for (var n = 0; n < Samples; n++)
        {
            var row = dHidden.AsSpan(n * Hidden, Hidden);
            TensorPrimitives.Add(dB1, row, dB1);
            for (var k = 0; k < Inputs; k++)
            {
                TensorPrimitives.MultiplyAdd(row, _x[(n * Inputs) + k] * _w1GradientFactor, dW1.AsSpan(k * Hidden, Hidden), dW1.AsSpan(k * Hidden, Hidden));
            }
        }

        return new Dictionary<string, double[]> { ["W1"] = dW1, ["b1"] = dB1, ["W2"] = dW2, ["b2"] = dB2 };
    }

    private static double[] Normal(Random random, int length, double scale)
    {
        var values = new double[length];
        for (var index = 0; index < length; index++)
        {
            values[index] = scale * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        return values;
    }
}
