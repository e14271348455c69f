namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// A one-layer ReLU network whose pre-activations sit on the kink: <c>z = X Wᵀ + b</c>, <c>s = relu(z) v</c>,
/// loss <c>sum(s^2) / 2</c>, with 2 samples, 2 inputs and 3 hidden units. Unit 0 is exactly at zero for
/// sample 0, unit 1 is 4e-7 above zero for sample 1 (within the default step of 1e-6), unit 2 is far from
/// zero everywhere. Every value is a binary fraction, so the zero is exact.
/// </summary>
internal sealed class ReluAtZero
{
    public const int Samples = 2;
    public const int Inputs = 2;
    public const int Hidden = 3;

    private readonly double[] _x = [0.5, -0.25, 1.0, 0.75];
    private readonly double _derivativeAtZero;
    private readonly double _wGradientFactor;

    private ReluAtZero(double derivativeAtZero, double wGradientFactor)
    {
        _derivativeAtZero = derivativeAtZero;
        _wGradientFactor = wGradientFactor;

        // z[0,0] = 0.5 * 0.5 - 0.25 * 0.25 - 0.1875 = 0; z[1,1] = 1.0 * 0.25 + 0.75 * (-0.5) + 0.125 + 4e-7 = 4e-7.
        W = [0.5, 0.25, 0.25, -0.5, 1.0, 0.5];
        B = [-0.1875, 0.125 + 4e-7, 0.25];
        V = [1.5, -0.75, 0.5];
    }

    public double[] W { get; }

    public double[] B { get; }

    public double[] V { get; }

    /// <summary>A correct backward pass that takes <paramref name="derivativeAtZero"/> as relu'(0) (any value in [0, 1] is a subgradient).</summary>
    public static ReluAtZero Correct(double derivativeAtZero = 0) => new(derivativeAtZero, wGradientFactor: 1);

    /// <summary>The gradient of W is doubled: a real bug, next to the kinks.</summary>
    public static ReluAtZero WithDoubledWGradient() => new(derivativeAtZero: 0, wGradientFactor: 2);

    public LossTarget<double> ToTarget() => GradCheckTarget.Loss(
        new NamedArrays<double> { { "W", W, Hidden, Inputs }, { "b", B }, { "v", V } },
        () => Forward().Loss,
        Gradients);

    private IReadOnlyDictionary<string, double[]> Gradients()
    {
        var (_, z, scores) = Forward();
        var dW = new double[W.Length];
        var dB = new double[B.Length];
        var dV = new double[V.Length];
        for (var n = 0; n < Samples; n++)
        {
            for (var j = 0; j < Hidden; j++)
            {
                var pre = z[(n * Hidden) + j];
                dV[j] += scores[n] * Math.Max(0, pre);
                var dZ = scores[n] * V[j] * (pre > 0 ? 1 : pre < 0 ? 0 : _derivativeAtZero);
                dB[j] += dZ;
                for (var k = 0; k < Inputs; k++)
                {
                    dW[(j * Inputs) + k] += dZ * _x[(n * Inputs) + k] * _wGradientFactor;
                }
            }
        }

        return new Dictionary<string, double[]> { ["W"] = dW, ["b"] = dB, ["v"] = dV };
    }

    private (double Loss, double[] PreActivations, double[] Scores) Forward()
    {
        var z = new double[Samples * Hidden];
        var scores = new double[Samples];
        var loss = 0.0;
        for (var n = 0; n < Samples; n++)
        {
            for (var j = 0; j < Hidden; j++)
            {
                var pre = B[j];
                for (var k = 0; k < Inputs; k++)
                {
                    pre += _x[(n * Inputs) + k] * W[(j * Inputs) + k];
                }

                z[(n * Hidden) + j] = pre;
                scores[n] += V[j] * Math.Max(0, pre);
            }

            loss += scores[n] * scores[n] / 2;
        }

        return (loss, z, scores);
    }
}
