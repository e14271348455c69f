namespace GradGate.Engine.Numerics;

/// <summary>A dot product summed with Neumaier's compensation, so that its own rounding stays at one unit whatever the length.</summary>
internal static class CompensatedDot
{
    public static double Of(IReadOnlyList<double> left, IReadOnlyList<double> right)
    {
        double sum = 0, compensation = 0;
        for (var index = 0; index < left.Count; index++)
        {
            var term = left[index] * right[index];
            var next = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
        }

        return sum + compensation;
    }

    /// <summary><c>sqrt(sum((left_i right_i)^2))</c>: the size the rounding of the terms adds up to, which scales the test's mismatch.</summary>
    public static double TermNorm(IReadOnlyList<double> left, IReadOnlyList<double> right)
    {
        var sum = 0.0;
        for (var index = 0; index < left.Count; index++)
        {
            var term = left[index] * right[index];
            sum += term * term;
        }

        return Math.Sqrt(sum);
    }
}
