using System.Numerics;
using GradGate;

namespace TwoLayerNetSample;

/// <summary>
/// <see cref="TwoLayerNet.Loss"/>'s loss written once for every floating-point type: affine - ReLU - affine - mean softmax
/// cross-entropy over fixed examples. GradGate evaluates it with its dual numbers for the exact gradient, against which the
/// network's hand-written backward pass is judged at a tolerance set by rounding alone.
/// </summary>
public sealed class GenericTwoLayerNetLoss(int inputSize, int hiddenSize, int classCount, double[] x, int[] y) : IGenericLoss
{
    /// <summary>The loss at W1 [inputSize, hiddenSize], b1, W2 [hiddenSize, classCount] and b2, in that order.</summary>
    public TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
        where TNumber : IFloatingPointIeee754<TNumber>
    {
        var (w1, b1, w2, b2) = (parameters[0], parameters[1], parameters[2], parameters[3]);
        var loss = TNumber.Zero;
        for (var example = 0; example < y.Length; example++)
        {
            var hidden = new TNumber[hiddenSize];
            for (var unit = 0; unit < hiddenSize; unit++)
            {
                var sum = b1[unit];
                for (var feature = 0; feature < inputSize; feature++)
                {
                    sum += TNumber.CreateTruncating(x[(example * inputSize) + feature]) * w1[(feature * hiddenSize) + unit];
                }

                hidden[unit] = TNumber.Max(sum, TNumber.Zero);
            }

            var scores = new TNumber[classCount];
            for (var label = 0; label < classCount; label++)
            {
                scores[label] = b2[label];
                for (var unit = 0; unit < hiddenSize; unit++)
                {
                    scores[label] += hidden[unit] * w2[(unit * classCount) + label];
                }
            }

            var max = scores.Aggregate(TNumber.Max);
            var total = scores.Aggregate(TNumber.Zero, (sum, score) => sum + TNumber.Exp(score - max));
            loss += TNumber.Log(total) + max - scores[y[example]];
        }

        return loss / TNumber.CreateTruncating(y.Length);
    }
}
