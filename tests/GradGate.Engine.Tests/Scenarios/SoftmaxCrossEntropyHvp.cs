using System.Numerics;

namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Mean softmax cross-entropy of a batch of logits (4 samples, 3 classes) over fixed labels, in either element type, with its
/// gradient <c>(p - onehot(y)) / N</c> and its Hessian-vector product, row by row <c>(p o v - p (p . v)) / N</c>, whose Hessian
/// <c>(diag(p) - p p^T) / N</c> per row is known in closed form.
/// </summary>
internal sealed class SoftmaxCrossEntropyHvp<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const int Samples = 4;
    public const int Classes = 3;
    private static readonly int[] Labels = [2, 0, 1, 2];

    private readonly HvpFlaw _flaw;

    public SoftmaxCrossEntropyHvp(HvpFlaw flaw = HvpFlaw.None)
    {
        Logits = Array.ConvertAll(new SeededNormal(seed: 3).Array(Samples * Classes, scale: 2), T.CreateTruncating);
        _flaw = flaw;
    }

    /// <summary>What is wrong with the HVP.</summary>
    public enum HvpFlaw
    {
        None,

        /// <summary>Leaves out <c>- p (p . v)</c>: the diagonal of the Hessian without its rank-one part.</summary>
        DropsRankOneTerm,

        /// <summary>Forgets the batch mean's <c>1 / N</c>.</summary>
        MissesBatchMean,
    }

    public T[] Logits { get; }

    public HvpTarget<T> ToTarget() => GradCheckTarget.Hvp(
        new NamedArrays<T> { { "logits", Logits, Samples, Classes } },
        () => new Dictionary<string, T[]> { ["logits"] = Gradient(Logits) },
        direction => new Dictionary<string, T[]> { ["logits"] = Hvp(Logits, direction["logits"]) });

    /// <summary>The closed-form Hessian, block diagonal over the samples.</summary>
    public T[,] Hessian()
    {
        var p = Softmax(Logits);
        var n = T.CreateTruncating(Samples);
        var hessian = new T[Samples * Classes, Samples * Classes];
        for (var sample = 0; sample < Samples; sample++)
        {
            for (var i = 0; i < Classes; i++)
            {
                for (var j = 0; j < Classes; j++)
                {
                    var (pi, pj) = (p[(sample * Classes) + i], p[(sample * Classes) + j]);
                    hessian[(sample * Classes) + i, (sample * Classes) + j] = ((i == j ? pi : T.Zero) - (pi * pj)) / n;
                }
            }
        }

        return hessian;
    }

    private static T[] Gradient(T[] logits)
    {
        var gradient = Softmax(logits);
        for (var n = 0; n < Samples; n++)
        {
            gradient[(n * Classes) + Labels[n]] -= T.One;
        }

        return Array.ConvertAll(gradient, value => value / T.CreateTruncating(Samples));
    }

    private T[] Hvp(T[] logits, T[] direction)
    {
        var p = Softmax(logits);
        var product = new T[logits.Length];
        var scale = _flaw == HvpFlaw.MissesBatchMean ? T.One : T.One / T.CreateTruncating(Samples);
        for (var n = 0; n < Samples; n++)
        {
            var dot = T.Zero;
            for (var c = 0; c < Classes; c++)
            {
                dot += p[(n * Classes) + c] * direction[(n * Classes) + c];
            }

            if (_flaw == HvpFlaw.DropsRankOneTerm)
            {
                dot = T.Zero;
            }

            for (var c = 0; c < Classes; c++)
            {
                var index = (n * Classes) + c;
                product[index] = ((p[index] * direction[index]) - (p[index] * dot)) * scale;
            }
        }

        return product;
    }

    private static T[] Softmax(T[] logits)
    {
        var probabilities = new T[logits.Length];
        for (var n = 0; n < Samples; n++)
        {
            var max = logits.Skip(n * Classes).Take(Classes).Max();
            var sum = T.Zero;
            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] = T.Exp(logits[(n * Classes) + c] - max);
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
