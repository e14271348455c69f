using System.Numerics.Tensors;

namespace BugHunt;

/// <summary>
/// A two-layer network, affine - ReLU - affine - softmax, with a hand-written backward pass: the
/// broken network of the "Trust but Verify" gradient-checking tutorial, whose W1 gradient is twice
/// what it should be (see "BUG" below). The parameters are flat
/// row-major arrays: <see cref="W1"/> is [InputSize, HiddenSize] and <see cref="W2"/> is
/// [HiddenSize, ClassCount].
/// </summary>
public sealed class TwoLayerNet
{
    /// <summary>Draws the weights from N(0, <paramref name="weightScale"/>²) with a fixed seed; the biases start at zero.</summary>
    public TwoLayerNet(int inputSize, int hiddenSize, int classCount, double weightScale, int seed)
    {
        InputSize = inputSize;
        HiddenSize = hiddenSize;
        ClassCount = classCount;

        var random = new GaussianRandom(seed);
        W1 = random.NextArray(inputSize * hiddenSize, weightScale);
        B1 = new double[hiddenSize];
        W2 = random.NextArray(hiddenSize * classCount, weightScale);
        B2 = new double[classCount];
    }

    public int InputSize { get; }

    public int HiddenSize { get; }

    public int ClassCount { get; }

    public double[] W1 { get; }

    public double[] B1 { get; }

    public double[] W2 { get; }

    public double[] B2 { get; }

    /// <summary>
    /// The mean softmax cross-entropy of the examples <paramref name="x"/> ([N, InputSize]) against their
    /// labels <paramref name="y"/>, with its gradients keyed "W1", "b1", "W2" and "b2".
    /// </summary>
    public LossWithGradients Loss(double[] x, int[] y)
    {
        var count = y.Length;

        // Forward: hidden = ReLU(x W1 + b1), scores = hidden W2 + b2.
        var hidden = Matrix.MultiplyAddBias(x, count, InputSize, W1, B1);
        TensorPrimitives.Max(hidden, 0.0, hidden);
        var scores = Matrix.MultiplyAddBias(hidden, count, HiddenSize, W2, B2);

        // Softmax loss; each row of probabilities becomes the gradient of the loss with respect to the scores.
        var dscores = new double[count * ClassCount];
        var loss = 0.0;
        for (var i = 0; i < count; i++)
        {
            var probabilities = Matrix.Row(dscores, i, ClassCount);
            Softmax(Matrix.Row(scores, i, ClassCount), probabilities);
            loss -= Math.Log(probabilities[y[i]]);
            probabilities[y[i]] -= 1.0;
        }

        loss /= count;
        TensorPrimitives.Divide(dscores, count, dscores);

        // Backward through the second layer.
        var gradW2 = Matrix.TransposeMultiply(hidden, count, HiddenSize, dscores, ClassCount);
        var gradB2 = Matrix.ColumnSums(dscores, count, ClassCount);

        // Backward through the ReLU: no gradient flows where a hidden unit was off.
        var dhidden = Matrix.MultiplyTranspose(dscores, count, ClassCount, W2, HiddenSize);
        for (var i = 0; i < dhidden.Length; i++)
        {
            if (hidden[i] <= 0.0)
            {
                dhidden[i] = 0.0;
            }
        }

        // Backward through the first layer.
        var gradW1 = Matrix.TransposeMultiply(x, count, InputSize, dhidden, HiddenSize);
        // BUG (deliberate, from the tutorial): grad W1 = X^T dhidden * 2.0. Delete the next line to fix it.
        TensorPrimitives.Multiply(gradW1, 2.0, gradW1);
        var gradB1 = Matrix.ColumnSums(dhidden, count, HiddenSize);

        var gradients = new Dictionary<string, double[]>
        {
            ["W1"] = gradW1,
            ["b1"] = gradB1,
            ["W2"] = gradW2,
            ["b2"] = gradB2,
        };
        return new LossWithGradients(loss, gradients);
    }

    /// <summary>exp(s - max s) / sum(exp(s - max s)): the shift keeps the exponentials finite.</summary>
    private static void Softmax(ReadOnlySpan<double> scores, Span<double> probabilities)
    {
        TensorPrimitives.Subtract(scores, TensorPrimitives.Max(scores), probabilities);
        TensorPrimitives.Exp(probabilities, probabilities);
        TensorPrimitives.Divide(probabilities, TensorPrimitives.Sum<double>(probabilities), probabilities);
    }
}
