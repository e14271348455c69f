namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Mean softmax cross-entropy of a batch of logits (4 samples, 3 classes) over fixed labels, whose gradient is
/// known in closed form: <c>(softmax(z) - onehot(y)) / N</c>.
/// </summary>
internal static class SoftmaxCrossEntropy
{
    private const int Samples = 4;
    private const int Classes = 3;
    private static readonly int[] Labels = [2, 0, 1, 2];

    public static LossTarget<double> Target()
    {
        var logits = new SeededNormal(seed: 3).Array(Samples * Classes, scale: 2);
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "logits", logits, Samples, Classes } },
            () => Loss(logits),
            () => new Dictionary<string, double[]> { ["logits"] = Gradient(logits) });
    }

    private static double Loss(double[] logits)
    {
        var probabilities = Softmax(logits);
        var loss = 0.0;
        for (var n = 0; n < Samples; n++)
        {
            loss -= Math.Log(probabilities[(n * Classes) + Labels[n]]) / Samples;
        }

        return loss;
    }

    private static double[] Gradient(double[] logits)
    {
        var gradient = Softmax(logits);
        for (var n = 0; n < Samples; n++)
        {
            gradient[(n * Classes) + Labels[n]] -= 1;
        }

        return Array.ConvertAll(gradient, value => value / Samples);
    }

    /// <summary>Row by row, shifted by the row's maximum for stability.</summary>
    private static double[] Softmax(double[] logits)
    {
        var probabilities = new double[logits.Length];
        for (var n = 0; n < Samples; n++)
        {
            var row = logits.AsSpan(n * Classes, Classes);
            var max = row.ToArray().Max();
            var sum = 0.0;
            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] = Math.Exp(row[c] - max);
                sum += probabilities[(n * Classes) + c];
            }

            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] /= sum;
            }
        }

        return probabilities;
    }
}
