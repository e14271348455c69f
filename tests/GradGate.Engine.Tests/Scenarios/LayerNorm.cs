namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Seed 003's layer norm over the last axis of X (B, T, C) = (2, 4, 6), with a learned scale and shift:
/// <c>y = gamma * (x - mean) / sqrt(var + 1e-5) + beta</c>, and its hand-written backward pass.
/// </summary>
internal sealed class LayerNorm
{
    private const int Batch = 2;
    private const int Time = 4;
    private const int Channels = 6;
    private const int Rows = Batch * Time;
    private const double Epsilon = 1e-5;

    private readonly double _gammaGradientFactor;

    private LayerNorm(double gammaGradientFactor)
    {
        var random = new Random(1000);
        X = Enumerable.Range(0, Rows * Channels).Select(_ => -random.NextDouble()).ToArray();
        Gamma = Enumerable.Range(0, Channels).Select(_ => 1 + (0.1 * random.NextDouble())).ToArray();
        Beta = Enumerable.Range(0, Channels).Select(_ => 0.1 * random.NextDouble()).ToArray();
        _gammaGradientFactor = gammaGradientFactor;
    }

    public double[] X { get; }

    public double[] Gamma { get; }

    public double[] Beta { get; }

    public static LayerNorm Correct() => new(gammaGradientFactor: 1);

    /// <summary>A backward pass whose gradient for gamma is 10% too large.</summary>
    public static LayerNorm WithWrongGammaGradient() => new(gammaGradientFactor: 1.1);

    public OperatorTarget<double> ToTarget() => GradCheckTarget.Operator(
        new NamedArrays<double>
        {
            { "x", X, Batch, Time, Channels },
            { "gamma", Gamma },
            { "beta", Beta },
        },
        inputs => Forward(inputs[0], inputs[1], inputs[2]),
        (inputs, upstream) => Backward(inputs[0], inputs[1], upstream));

    private static double[] Forward(double[] x, double[] gamma, double[] beta)
    {
        var y = new double[x.Length];
        for (var row = 0; row < Rows; row++)
        {
            var (normalized, _) = Normalize(x, row);
            for (var c = 0; c < Channels; c++)
            {
                y[(row * Channels) + c] = (gamma[c] * normalized[c]) + beta[c];
            }
        }

        return y;
    }

    private IReadOnlyList<double[]> Backward(double[] x, double[] gamma, double[] upstream)
    {
        var dx = new double[x.Length];
        var dGamma = new double[Channels];
        var dBeta = new double[Channels];
        for (var row = 0; row < Rows; row++)
        {
            var (normalized, inverseDeviation) = Normalize(x, row);
            var dNormalized = new double[Channels];
            double meanDNormalized = 0, meanDNormalizedTimesNormalized = 0;
            for (var c = 0; c < Channels; c++)
            {
                var g = upstream[(row * Channels) + c];
                dGamma[c] += g * normalized[c];
                dBeta[c] += g;
                dNormalized[c] = g * gamma[c];
                meanDNormalized += dNormalized[c] / Channels;
                meanDNormalizedTimesNormalized += dNormalized[c] * normalized[c] / Channels;
            }

            for (var c = 0; c < Channels; c++)
            {
                dx[(row * Channels) + c] = inverseDeviation * (dNormalized[c] - meanDNormalized - (normalized[c] * meanDNormalizedTimesNormalized));
            }
        }

        for (var c = 0; c < Channels; c++)
        {
            dGamma[c] *= _gammaGradientFactor;
        }

        return [dx, dGamma, dBeta];
    }

    private static (double[] Normalized, double InverseDeviation) Normalize(double[] x, int row)
    {
        var values = x.AsSpan(row * Channels, Channels);
        var mean = 0.0;
        foreach (var value in values)
        {
            mean += value / Channels;
        }

        var variance = 0.0;
        foreach (var value in values)
        {
            variance += (value - mean) * (value - mean) / Channels;
        }

        var inverseDeviation = 1 / Math.Sqrt(variance + Epsilon);
        var normalized = new double[Channels];
        for (var c = 0; c < Channels; c++)
        {
            normalized[c] = (values[c] - mean) * inverseDeviation;
        }

        return (normalized, inverseDeviation);
    }
}
