namespace GradGate.Engine.Numerics;

/// <summary>
/// Estimates the noise of a computed function (the standard deviation of its rounding error) from its values at equally
/// spaced points along a line, with the difference table of Moré and Wild's ECnoise ("Estimating computational noise",
/// SIAM J. Sci. Comput. 33(3), 2011).
/// </summary>
/// <remarks>
/// The k-th differences of a smooth function at spacing <c>t</c> are about <c>t^k f^(k)</c>, and vanish quickly with k when
/// <c>t</c> is small; those of independent noise of deviation <c>s</c> have mean square <c>s^2 (2k)! / (k!)^2</c>. So
/// <c>sqrt(gamma_k mean(D^k f ^2))</c>, with <c>gamma_k = (k!)^2 / (2k)!</c>, estimates <c>s</c> at every order where noise
/// dominates the table. The noise is taken where three consecutive orders agree within a factor of four and the k-th
/// differences change sign (noise, not curvature); the largest of the three is returned, since a noise underestimated
/// would let rounding pass for a bug. Nothing is returned when the values are too close to tell apart (more than half of
/// the first differences are zero), when they differ by more than a tenth of their size (the spacing is far too large),
/// or when no order shows noise (the smooth part dominates).
/// </remarks>
internal static class ComputationalNoise
{
    private const double AgreementFactor = 4;
    private const double LargestRelativeSpread = 0.1;

    /// <param name="values">At least four values of the function at equally spaced points, in order.</param>
    /// <returns>The standard deviation of the noise, or null when these values do not show it.</returns>
    public static double? StandardDeviation(ReadOnlySpan<double> values)
    {
        var count = values.Length;
        if (count < 4)
        {
            throw new ArgumentException("The difference table needs at least four values.", nameof(values));
        }

        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                return null;
            }

            (lowest, highest) = (Math.Min(lowest, value), Math.Max(highest, value));
        }

        if (highest - lowest > LargestRelativeSpread * Math.Max(Math.Abs(lowest), Math.Abs(highest)))
        {
            return null;
        }

        var table = values.ToArray();
        var levels = new double[count - 1];
        var signChanges = new bool[count - 1];
        var gamma = 1.0;
        for (var order = 1; order < count; order++)
        {
            var length = count - order;
            for (var index = 0; index < length; index++)
            {
                table[index] = table[index + 1] - table[index];
            }

            if (order == 1 && table.AsSpan(0, length).Count(0.0) >= count / 2.0)
            {
                return null;
            }

            gamma *= 0.5 * order / ((2.0 * order) - 1);
            var (squares, smallest, largest) = (0.0, double.PositiveInfinity, double.NegativeInfinity);
            foreach (var difference in table.AsSpan(0, length))
            {
                squares += difference * difference;
                (smallest, largest) = (Math.Min(smallest, difference), Math.Max(largest, difference));
            }

            levels[order - 1] = Math.Sqrt(gamma * squares / length);
            signChanges[order - 1] = smallest * largest < 0;
        }

        for (var order = 0; order + 2 < levels.Length; order++)
        {
            var (smallest, largest) = (Math.Min(levels[order], Math.Min(levels[order + 1], levels[order + 2])), Math.Max(levels[order], Math.Max(levels[order + 1], levels[order + 2])));
            if (signChanges[order] && largest <= AgreementFactor * smallest)
            {
                return largest;
            }
        }

        return null;
    }
}
