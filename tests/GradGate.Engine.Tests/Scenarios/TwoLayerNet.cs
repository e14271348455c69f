namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Seed 002's two-layer network: <c>scores = relu(X W1 + b1) W2 + b2</c> with a softmax cross-entropy
/// loss averaged over the batch, and a hand-written backward pass that can carry the seed's bug
/// (<c>grad W1 * 2.0</c>).
/// </summary>
internal sealed class TwoLayerNet
{
    private readonly int InputSize;
    private readonly int HiddenSize;
    private readonly int Classes;
    private readonly int Samples;

    private readonly double[] _x;
    private readonly int[] _labels;
    private readonly double _w1GradientFactor;

    /// <summary>The seed's toy setup: 5 samples of 4 inputs, 10 hidden units, 3 classes, inputs scaled by 10.</summary>
    private TwoLayerNet(double w1GradientFactor)
        : this(w1GradientFactor, samples: 5, inputSize: 4, hiddenSize: 10, classes: 3, inputScale: 10, labels: [0, 1, 2, 2, 1])
    {
    }

    private TwoLayerNet(double w1GradientFactor, int samples, int inputSize, int hiddenSize, int classes, double inputScale, int[] labels)
    {
        (Samples, InputSize, HiddenSize, Classes) = (samples, inputSize, hiddenSize, classes);
        var weights = new SeededNormal(seed: 0);
        W1 = weights.Array(InputSize * HiddenSize, scale: 1e-1);
        B1 = new double[HiddenSize];
        W2 = weights.Array(HiddenSize * Classes, scale: 1e-1);
        B2 = new double[Classes];
        _x = new SeededNormal(seed: 1).Array(Samples * InputSize, scale: inputScale);
        _labels = labels;
        _w1GradientFactor = w1GradientFactor;
    }

    public double[] W1 { get; }

    public double[] B1 { get; }

    public double[] W2 { get; }

    public double[] B2 { get; }

    /// <summary>The seed's broken network: the gradient of W1 is doubled.</summary>
    public static TwoLayerNet Broken() => new(w1GradientFactor: 2.0);

    public static TwoLayerNet Fixed() => new(w1GradientFactor: 1.0);

    /// <summary>
    /// The correct network at a realistic size (N=64, D=100, H=50, C=10: 5,560 parameters), large enough that
    /// the default mode is fast and that thousands of ReLU units sit near their kink.
    /// </summary>
    public static TwoLayerNet FixedAtRealisticSize() => AtRealisticSize(w1GradientFactor: 1.0);

    /// <summary>The seed's bug (the gradient of W1 doubled) in the network at a realistic size.</summary>
    public static TwoLayerNet BrokenAtRealisticSize() => AtRealisticSize(w1GradientFactor: 2.0);

    private static TwoLayerNet AtRealisticSize(double w1GradientFactor)
        => new(w1GradientFactor, samples: 64, inputSize: 100, hiddenSize: 50, classes: 10, inputScale: 1,
            labels: Enumerable.Range(0, 64).Select(sample => sample % 10).ToArray());

    /// <summary>Sets the bias of <paramref name="unit"/> so that its pre-activation for <paramref name="sample"/> is zero: the ReLU's kink.</summary>
    public TwoLayerNet WithHiddenUnitOnItsKink(int sample, int unit) => WithHiddenUnitNearItsKink(sample, unit, distance: 0);

    /// <summary>Sets the bias of <paramref name="unit"/> so that its pre-activation for <paramref name="sample"/> is <paramref name="distance"/>.</summary>
    public TwoLayerNet WithHiddenUnitNearItsKink(int sample, int unit, double distance)
    {
        var preActivation = 0.0;
        for (var d = 0; d < InputSize; d++)
        {
            preActivation += _x[(sample * InputSize) + d] * W1[(d * HiddenSize) + unit];
        }

        B1[unit] = distance - preActivation;
        return this;
    }

    public LossTarget<double> ToTarget() => GradCheckTarget.Loss(
        new NamedArrays<double>
        {
            { "W1", W1, InputSize, HiddenSize },
            { "b1", B1 },
            { "W2", W2, HiddenSize, Classes },
            { "b2", B2 },
        },
        Loss,
        Gradients);

    public double Loss() => Forward().Loss;

    public IReadOnlyDictionary<string, double[]> Gradients()
    {
        var pass = Forward();

        // dScores = (probs - onehot(y)) / N
        var dScores = (double[])pass.Probabilities.Clone();
        for (var n = 0; n < Samples; n++)
        {
            dScores[(n * Classes) + _labels[n]] -= 1;
        }

        for (var i = 0; i < dScores.Length; i++)
        {
            dScores[i] /= Samples;
        }

        var dW2 = MatMulTransposeLeft(pass.Hidden, dScores, Samples, HiddenSize, Classes);
        var dB2 = SumRows(dScores, Samples, Classes);

        var dHidden = MatMulTransposeRight(dScores, W2, Samples, Classes, HiddenSize);
        for (var i = 0; i < dHidden.Length; i++)
        {
            if (pass.Hidden[i] <= 0)
            {
                dHidden[i] = 0;
            }
        }

        var dW1 = MatMulTransposeLeft(_x, dHidden, Samples, InputSize, HiddenSize);
        for (var i = 0; i < dW1.Length; i++)
        {
            dW1[i] *= _w1GradientFactor;
        }

        var dB1 = SumRows(dHidden, Samples, HiddenSize);
        return new Dictionary<string, double[]> { ["W1"] = dW1, ["b1"] = dB1, ["W2"] = dW2, ["b2"] = dB2 };
    }

    private (double Loss, double[] Hidden, double[] Probabilities) Forward()
    {
        var hidden = MatMul(_x, W1, Samples, InputSize, HiddenSize);
        for (var n = 0; n < Samples; n++)
        {
            for (var h = 0; h < HiddenSize; h++)
            {
                var i = (n * HiddenSize) + h;
                hidden[i] = Math.Max(0, hidden[i] + B1[h]);
            }
        }

        var scores = MatMul(hidden, W2, Samples, HiddenSize, Classes);
        var probabilities = new double[Samples * Classes];
        var loss = 0.0;
        for (var n = 0; n < Samples; n++)
        {
            var sum = 0.0;
            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] = Math.Exp(scores[(n * Classes) + c] + B2[c]);
                sum += probabilities[(n * Classes) + c];
            }

            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] /= sum;
            }

            loss -= Math.Log(probabilities[(n * Classes) + _labels[n]]);
        }

        return (loss / Samples, hidden, probabilities);
    }

    /// <summary>(rows x inner) times (inner x columns).</summary>
    private static double[] MatMul(double[] left, double[] right, int rows, int inner, int columns)
    {
        var product = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < inner; k++)
            {
                for (var c = 0; c < columns; c++)
                {
                    product[(r * columns) + c] += left[(r * inner) + k] * right[(k * columns) + c];
                }
            }
        }

        return product;
    }

    /// <summary>leftᵀ (left is rows x leftColumns) times right (rows x rightColumns).</summary>
    private static double[] MatMulTransposeLeft(double[] left, double[] right, int rows, int leftColumns, int rightColumns)
    {
        var product = new double[leftColumns * rightColumns];
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < leftColumns; i++)
            {
                for (var j = 0; j < rightColumns; j++)
                {
                    product[(i * rightColumns) + j] += left[(r * leftColumns) + i] * right[(r * rightColumns) + j];
                }
            }
        }

        return product;
    }

    /// <summary>left (rows x inner) times rightᵀ (right is columns x inner).</summary>
    private static double[] MatMulTransposeRight(double[] left, double[] right, int rows, int inner, int columns)
    {
        var product = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                for (var k = 0; k < inner; k++)
                {
                    product[(r * columns) + c] += left[(r * inner) + k] * right[(c * inner) + k];
                }
            }
        }

        return product;
    }

    private static double[] SumRows(double[] matrix, int rows, int columns)
    {
        var sums = new double[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                sums[c] += matrix[(r * columns) + c];
            }
        }

        return sums;
    }
}
