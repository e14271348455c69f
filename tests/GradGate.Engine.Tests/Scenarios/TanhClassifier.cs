namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// A small float32 classifier, smooth everywhere: <c>scores = tanh(X W + b) V</c>, mean softmax cross-entropy
/// over 6 samples, 5 features, 8 hidden units and 3 classes, with a hand-written backward pass whose
/// gradient for W can be scaled to plant an error.
/// </summary>
internal sealed class TanhClassifier
{
    private const int Samples = 6;
    private const int Features = 5;
    private const int Hidden = 8;
    private const int Classes = 3;

    private readonly float[] _x;
    private readonly int[] _labels = [0, 2, 1, 1, 0, 2];
    private readonly float _wGradientFactor;

    private TanhClassifier(float wGradientFactor)
    {
        var random = new SeededNormal(seed: 7);
        W = ToFloats(random.Array(Features * Hidden, scale: 0.5));
        B = ToFloats(random.Array(Hidden, scale: 0.1));
        V = ToFloats(random.Array(Hidden * Classes, scale: 0.5));
        _x = ToFloats(random.Array(Samples * Features, scale: 1));
        _wGradientFactor = wGradientFactor;
    }

    public float[] W { get; }

    public float[] B { get; }

    public float[] V { get; }

    public static TanhClassifier Correct() => new(wGradientFactor: 1f);

    /// <summary>The gradient of W is 1% too large.</summary>
    public static TanhClassifier WithOnePercentError() => new(wGradientFactor: 1.01f);

    public LossTarget<float> ToTarget() => GradCheckTarget.Loss(
        new NamedArrays<float>
        {
            { "W", W, Features, Hidden },
            { "b", B },
            { "V", V, Hidden, Classes },
        },
        () => Forward().Loss,
        Gradients);

    private IReadOnlyDictionary<string, float[]> Gradients()
    {
        var (_, hidden, probabilities) = Forward();
        var dW = new float[W.Length];
        var dB = new float[B.Length];
        var dV = new float[V.Length];
        for (var n = 0; n < Samples; n++)
        {
            var dScores = new float[Classes];
            for (var c = 0; c < Classes; c++)
            {
                dScores[c] = (probabilities[(n * Classes) + c] - (c == _labels[n] ? 1f : 0f)) / Samples;
            }

            for (var h = 0; h < Hidden; h++)
            {
                var dHidden = 0f;
                for (var c = 0; c < Classes; c++)
                {
                    dV[(h * Classes) + c] += hidden[(n * Hidden) + h] * dScores[c];
                    dHidden += V[(h * Classes) + c] * dScores[c];
                }

                var dPreActivation = dHidden * (1 - (hidden[(n * Hidden) + h] * hidden[(n * Hidden) + h]));
                dB[h] += dPreActivation;
                for (var f = 0; f < Features; f++)
                {
                    dW[(f * Hidden) + h] += _x[(n * Features) + f] * dPreActivation * _wGradientFactor;
                }
            }
        }

        return new Dictionary<string, float[]> { ["W"] = dW, ["b"] = dB, ["V"] = dV };
    }

    private (float Loss, float[] Hidden, float[] Probabilities) Forward()
    {
        var hidden = new float[Samples * Hidden];
        var probabilities = new float[Samples * Classes];
        var loss = 0f;
        for (var n = 0; n < Samples; n++)
        {
            for (var h = 0; h < Hidden; h++)
            {
                var preActivation = B[h];
                for (var f = 0; f < Features; f++)
                {
                    preActivation += _x[(n * Features) + f] * W[(f * Hidden) + h];
                }

                hidden[(n * Hidden) + h] = MathF.Tanh(preActivation);
            }

            var sum = 0f;
            for (var c = 0; c < Classes; c++)
            {
                var score = 0f;
                for (var h = 0; h < Hidden; h++)
                {
                    score += hidden[(n * Hidden) + h] * V[(h * Classes) + c];
                }

                probabilities[(n * Classes) + c] = MathF.Exp(score);
                sum += probabilities[(n * Classes) + c];
            }

            for (var c = 0; c < Classes; c++)
            {
                probabilities[(n * Classes) + c] /= sum;
            }

            loss -= MathF.Log(probabilities[(n * Classes) + _labels[n]]) / Samples;
        }

        return (loss, hidden, probabilities);
    }

    private static float[] ToFloats(double[] values) => Array.ConvertAll(values, value => (float)value);
}
