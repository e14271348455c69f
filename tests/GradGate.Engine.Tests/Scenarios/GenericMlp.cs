using System.Numerics;

namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// A two-layer tanh network with a mean softmax cross-entropy over 5 samples (4 features, 6 hidden units, 3 classes), written
/// once as a generic loss, with its hand-written backward pass in the element type; the gradient of W1 can be scaled by
/// <c>1 + relativeError</c>, a bug of the size finite differences cannot resolve.
/// </summary>
internal sealed class GenericMlp<T> : IGenericLoss
    where T : struct, IFloatingPointIeee754<T>
{
    private const int Samples = 5;
    private const int Features = 4;
    private const int Hidden = 6;
    private const int Classes = 3;
    private static readonly int[] Labels = [0, 2, 1, 1, 0];

    private readonly T[] _inputs;
    private readonly T _w1Factor;

    public GenericMlp(double relativeError = 0)
    {
        var normal = new SeededNormal(seed: 11);
        _inputs = Convert(normal.Array(Samples * Features, scale: 1));
        W1 = Convert(normal.Array(Hidden * Features, scale: 0.5));
        B1 = Convert(normal.Array(Hidden, scale: 0.1));
        W2 = Convert(normal.Array(Classes * Hidden, scale: 0.5));
        B2 = Convert(normal.Array(Classes, scale: 0.1));
        _w1Factor = T.One + T.CreateTruncating(relativeError);
    }

    public T[] W1 { get; }

    public T[] B1 { get; }

    public T[] W2 { get; }

    public T[] B2 { get; }

    public NamedArrays<T> Parameters => new() { { "W1", W1, Hidden, Features }, { "b1", B1 }, { "W2", W2, Classes, Hidden }, { "b2", B2 } };

    public GenericLossTarget<T> ToTarget() => GradCheckTarget.GenericLoss(Parameters, this, Gradients);

    /// <summary>The same loss and gradient as a plain loss target, judged by finite differences.</summary>
    public LossTarget<T> ToFiniteDifferenceTarget() => GradCheckTarget.Loss(Parameters, () => Loss<T>([W1, B1, W2, B2]), Gradients);

    public TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
        where TNumber : IFloatingPointIeee754<TNumber>
    {
        var (w1, b1, w2, b2) = (parameters[0], parameters[1], parameters[2], parameters[3]);
        var loss = TNumber.Zero;
        for (var n = 0; n < Samples; n++)
        {
            var hidden = new TNumber[Hidden];
            for (var h = 0; h < Hidden; h++)
            {
                var sum = b1[h];
                for (var d = 0; d < Features; d++)
                {
                    sum += w1[(h * Features) + d] * TNumber.CreateTruncating(_inputs[(n * Features) + d]);
                }

                hidden[h] = TNumber.Tanh(sum);
            }

            var logits = new TNumber[Classes];
            for (var c = 0; c < Classes; c++)
            {
                logits[c] = b2[c];
                for (var h = 0; h < Hidden; h++)
                {
                    logits[c] += w2[(c * Hidden) + h] * hidden[h];
                }
            }

            var max = logits.Aggregate(TNumber.Max);
            var total = logits.Aggregate(TNumber.Zero, (sum, logit) => sum + TNumber.Exp(logit - max));
            loss += TNumber.Log(total) + max - logits[Labels[n]];
        }

        return loss / TNumber.CreateTruncating(Samples);
    }

    private IReadOnlyDictionary<string, T[]> Gradients()
    {
        var (dW1, dB1, dW2, dB2) = (new T[W1.Length], new T[B1.Length], new T[W2.Length], new T[B2.Length]);
        var count = T.CreateTruncating(Samples);
        for (var n = 0; n < Samples; n++)
        {
            var hidden = new T[Hidden];
            for (var h = 0; h < Hidden; h++)
            {
                var sum = B1[h];
                for (var d = 0; d < Features; d++)
                {
                    sum += W1[(h * Features) + d] * _inputs[(n * Features) + d];
                }

                hidden[h] = T.Tanh(sum);
            }

            var logits = new T[Classes];
            for (var c = 0; c < Classes; c++)
            {
                logits[c] = B2[c];
                for (var h = 0; h < Hidden; h++)
                {
                    logits[c] += W2[(c * Hidden) + h] * hidden[h];
                }
            }

            var max = logits.Max();
            var exps = logits.Select(logit => T.Exp(logit - max)).ToArray();
            var total = exps.Aggregate(T.Zero, (sum, value) => sum + value);
            var dHidden = new T[Hidden];
            for (var c = 0; c < Classes; c++)
            {
                var dLogit = ((exps[c] / total) - (c == Labels[n] ? T.One : T.Zero)) / count;
                dB2[c] += dLogit;
                for (var h = 0; h < Hidden; h++)
                {
                    dW2[(c * Hidden) + h] += dLogit * hidden[h];
                    dHidden[h] += dLogit * W2[(c * Hidden) + h];
                }
            }

            for (var h = 0; h < Hidden; h++)
            {
                var dSum = dHidden[h] * (T.One - (hidden[h] * hidden[h]));
                dB1[h] += dSum;
                for (var d = 0; d < Features; d++)
                {
                    dW1[(h * Features) + d] += dSum * _inputs[(n * Features) + d] * _w1Factor;
                }
            }
        }

        return new Dictionary<string, T[]> { ["W1"] = dW1, ["b1"] = dB1, ["W2"] = dW2, ["b2"] = dB2 };
    }

    private static T[] Convert(double[] values) => Array.ConvertAll(values, T.CreateTruncating);
}
