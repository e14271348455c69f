namespace TwoLayerNetSample;

/// <summary>
/// The network's output layer on its own, for a second-order optimiser: the mean softmax cross-entropy of a batch of scores
/// ([N, C]) over fixed labels, its gradient <c>(p - onehot(y)) / N</c>, its Hessian-vector product, row by row
/// <c>(p o v - p (p . v)) / N</c>, and its Hessian, block diagonal with blocks <c>(diag(p) - p p^T) / N</c>.
/// </summary>
public sealed class SoftmaxCrossEntropy(int classCount, int[] labels)
{
    public double[] Gradient(double[] scores)
    {
        var gradient = Probabilities(scores);
        for (var example = 0; example < labels.Length; example++)
        {
            gradient[(example * classCount) + labels[example]] -= 1;
        }

        return Array.ConvertAll(gradient, value => value / labels.Length);
    }

    public double[] HessianVectorProduct(double[] scores, double[] direction)
    {
        var p = Probabilities(scores);
        var product = new double[scores.Length];
        for (var example = 0; example < labels.Length; example++)
        {
            var dot = 0.0;
            for (var label = 0; label < classCount; label++)
            {
                dot += p[(example * classCount) + label] * direction[(example * classCount) + label];
            }

            for (var label = 0; label < classCount; label++)
            {
                var index = (example * classCount) + label;
                product[index] = p[index] * (direction[index] - dot) / labels.Length;
            }
        }

        return product;
    }

    public double[,] Hessian(double[] scores)
    {
        var p = Probabilities(scores);
        var hessian = new double[scores.Length, scores.Length];
        for (var example = 0; example < labels.Length; example++)
        {
            for (var row = 0; row < classCount; row++)
            {
                for (var column = 0; column < classCount; column++)
                {
                    var (i, j) = ((example * classCount) + row, (example * classCount) + column);
                    hessian[i, j] = ((row == column ? p[i] : 0) - (p[i] * p[j])) / labels.Length;
                }
            }
        }

        return hessian;
    }

    /// <summary>Row by row, exp(s - max s) / sum(exp(s - max s)).</summary>
    private double[] Probabilities(double[] scores)
    {
        var probabilities = new double[scores.Length];
        for (var example = 0; example < labels.Length; example++)
        {
            var row = scores.AsSpan(example * classCount, classCount);
            var max = double.NegativeInfinity;
            foreach (var score in row)
            {
                max = Math.Max(max, score);
            }

            var sum = 0.0;
            for (var label = 0; label < classCount; label++)
            {
                probabilities[(example * classCount) + label] = Math.Exp(row[label] - max);
                sum += probabilities[(example * classCount) + label];
            }

            for (var label = 0; label < classCount; label++)
            {
                probabilities[(example * classCount) + label] /= sum;
            }
        }

        return probabilities;
    }
}
