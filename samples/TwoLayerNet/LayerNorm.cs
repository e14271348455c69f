using System.Numerics.Tensors;

namespace TwoLayerNetSample;

/// <summary>
/// Layer normalisation over the last axis, as in a transformer block: each row of
/// <see cref="Channels"/> values is normalised to zero mean and unit variance, then scaled by gamma and
/// shifted by beta. The input is any number of rows ([B, T, C] flattened, row-major).
/// </summary>
public sealed class LayerNorm(int channels, double epsilon)
{
    public int Channels { get; } = channels;

    public double Epsilon { get; } = epsilon;

    public double[] Forward(double[] x, double[] gamma, double[] beta)
    {
        var y = new double[x.Length];
        var normalized = new double[Channels];
        for (var row = 0; row < x.Length / Channels; row++)
        {
            Normalize(Row(x, row), normalized);
            TensorPrimitives.MultiplyAdd(normalized, gamma, beta, Row(y, row));
        }

        return y;
    }

    /// <summary>The gradients with respect to x, gamma and beta, given the upstream gradient of the output.</summary>
    public LayerNormGradients Backward(double[] x, double[] gamma, double[] upstream)
    {
        var dx = new double[x.Length];
        var dgamma = new double[Channels];
        var dbeta = new double[Channels];
        var normalized = new double[Channels];
        var dnormalized = new double[Channels];
        for (var row = 0; row < x.Length / Channels; row++)
        {
            var reciprocalStd = Normalize(Row(x, row), normalized);
            var dy = Row(upstream, row);

            TensorPrimitives.Add(dbeta, dy, dbeta);
            TensorPrimitives.MultiplyAdd(dy, normalized, dgamma, dgamma);

            // dx = (dn - mean(dn) - n * mean(dn * n)) / std, with n the normalised row and dn = dy * gamma.
            TensorPrimitives.Multiply(dy, gamma, dnormalized);
            var meanGradient = TensorPrimitives.Average<double>(dnormalized);
            var meanProjection = TensorPrimitives.Dot<double>(dnormalized, normalized) / Channels;
            var dxRow = Row(dx, row);
            TensorPrimitives.Subtract(dnormalized, meanGradient, dxRow);
            TensorPrimitives.MultiplyAdd(normalized, -meanProjection, dxRow, dxRow);
            TensorPrimitives.Multiply(dxRow, reciprocalStd, dxRow);
        }

        return new LayerNormGradients(dx, dgamma, dbeta);
    }

    /// <summary>Writes (x - mean) / std into <paramref name="normalized"/> and returns 1 / std.</summary>
    private double Normalize(ReadOnlySpan<double> x, Span<double> normalized)
    {
        TensorPrimitives.Subtract(x, TensorPrimitives.Average(x), normalized);
        var variance = TensorPrimitives.SumOfSquares<double>(normalized) / Channels;
        var reciprocalStd = 1.0 / Math.Sqrt(variance + Epsilon);
        TensorPrimitives.Multiply(normalized, reciprocalStd, normalized);
        return reciprocalStd;
    }

    private Span<double> Row(double[] values, int row) => values.AsSpan(row * Channels, Channels);
}
