using System.Numerics;

namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Seed 003's layer norm over the last axis of X (B, T, C) = (2, 4, 6), <c>y = gamma * n + beta</c> with
/// <c>n = (x - mean) / sqrt(var + 1e-5)</c>, in either element type, with its backward pass (a VJP) and its forward-mode
/// derivative (a JVP): <c>dy = dgamma * n + gamma * dn + dbeta</c>, <c>dn = s (dx - mean(dx) - n mean(n dx))</c>.
/// </summary>
internal sealed class LayerNormModes<T>
    where T : struct, IFloatingPointIeee754<T>
{
    private const int Rows = 8;
    private const int Channels = 6;

    private readonly JvpFlaw _flaw;
    private readonly T _relativeError;

    public LayerNormModes(JvpFlaw flaw = JvpFlaw.None, double relativeError = 0)
    {
        var random = new Random(1000);
        X = Enumerable.Range(0, Rows * Channels).Select(_ => T.CreateTruncating(-random.NextDouble())).ToArray();
        Gamma = Enumerable.Range(0, Channels).Select(_ => T.CreateTruncating(1 + (0.1 * random.NextDouble()))).ToArray();
        Beta = Enumerable.Range(0, Channels).Select(_ => T.CreateTruncating(0.1 * random.NextDouble())).ToArray();
        _flaw = flaw;
        _relativeError = T.CreateTruncating(relativeError);
    }

    /// <summary>What is wrong with the JVP.</summary>
    public enum JvpFlaw
    {
        None,

        /// <summary>Leaves out the variance's term, <c>- n mean(n dx)</c>: the mistake of differentiating the mean but not the deviation.</summary>
        DropsVarianceTerm,

        /// <summary>The gamma tangent's term is off by the given relative error (1e-8: far below what finite differences resolve).</summary>
        ScalesGammaTerm,

        /// <summary>Accumulates into a buffer kept between calls.</summary>
        Accumulates,

        /// <summary>Writes into the tangent it was given.</summary>
        WritesTangent,
    }

    public T[] X { get; }

    public T[] Gamma { get; }

    public T[] Beta { get; }

    private T[]? Buffer { get; set; }

    public OperatorTarget<T> ToTarget() => GradCheckTarget.Operator(
            new NamedArrays<T>
            {
                { "x", X, 2, 4, Channels },
                { "gamma", Gamma },
                { "beta", Beta },
            },
            inputs => Forward(inputs[0], inputs[1], inputs[2]),
            (inputs, upstream) => Backward(inputs[0], inputs[1], upstream))
        .WithJvp((inputs, tangents) => Jvp(inputs[0], inputs[1], tangents[0], tangents[1], tangents[2]));

    private static T[] Forward(T[] x, T[] gamma, T[] beta)
    {
        var y = new T[x.Length];
        for (var row = 0; row < Rows; row++)
        {
            var (n, _) = Normalize(x, row);
            for (var c = 0; c < Channels; c++)
            {
                y[(row * Channels) + c] = (gamma[c] * n[c]) + beta[c];
            }
        }

        return y;
    }

    private static IReadOnlyList<T[]> Backward(T[] x, T[] gamma, T[] upstream)
    {
        var dx = new T[x.Length];
        var dGamma = new T[Channels];
        var dBeta = new T[Channels];
        var count = T.CreateTruncating(Channels);
        for (var row = 0; row < Rows; row++)
        {
            var (n, s) = Normalize(x, row);
            var dn = new T[Channels];
            T meanDn = T.Zero, meanDnN = T.Zero;
            for (var c = 0; c < Channels; c++)
            {
                var g = upstream[(row * Channels) + c];
                dGamma[c] += g * n[c];
                dBeta[c] += g;
                dn[c] = g * gamma[c];
                meanDn += dn[c] / count;
                meanDnN += dn[c] * n[c] / count;
            }

            for (var c = 0; c < Channels; c++)
            {
                dx[(row * Channels) + c] = s * (dn[c] - meanDn - (n[c] * meanDnN));
            }
        }

        return [dx, dGamma, dBeta];
    }

    private T[] Jvp(T[] x, T[] gamma, T[] dx, T[] dGamma, T[] dBeta)
    {
        var dy = new T[x.Length];
        var count = T.CreateTruncating(Channels);
        for (var row = 0; row < Rows; row++)
        {
            var (n, s) = Normalize(x, row);
            T meanDx = T.Zero, meanNDx = T.Zero;
            for (var c = 0; c < Channels; c++)
            {
                meanDx += dx[(row * Channels) + c] / count;
                meanNDx += n[c] * dx[(row * Channels) + c] / count;
            }

            if (_flaw == JvpFlaw.DropsVarianceTerm)
            {
                meanNDx = T.Zero;
            }

            for (var c = 0; c < Channels; c++)
            {
                var dn = s * (dx[(row * Channels) + c] - meanDx - (n[c] * meanNDx));
                var gammaTerm = dGamma[c] * n[c];
                if (_flaw == JvpFlaw.ScalesGammaTerm)
                {
                    gammaTerm *= T.One + _relativeError;
                }

                dy[(row * Channels) + c] = gammaTerm + (gamma[c] * dn) + dBeta[c];
            }
        }

        if (_flaw == JvpFlaw.Accumulates)
        {
            Buffer ??= new T[dy.Length];
            for (var index = 0; index < dy.Length; index++)
            {
                Buffer[index] += dy[index];
            }

            return (T[])Buffer.Clone();
        }

        if (_flaw == JvpFlaw.WritesTangent)
        {
            dGamma[0] = T.Zero;
        }

        return dy;
    }

    private static (T[] Normalized, T InverseDeviation) Normalize(T[] x, int row)
    {
        var values = x.AsSpan(row * Channels, Channels);
        var count = T.CreateTruncating(Channels);
        var mean = T.Zero;
        foreach (var value in values)
        {
            mean += value / count;
        }

        var variance = T.Zero;
        foreach (var value in values)
        {
            variance += (value - mean) * (value - mean) / count;
        }

        var s = T.One / T.Sqrt(variance + T.CreateTruncating(1e-5));
        var normalized = new T[Channels];
        for (var c = 0; c < Channels; c++)
        {
            normalized[c] = (values[c] - mean) * s;
        }

        return (normalized, s);
    }
}
