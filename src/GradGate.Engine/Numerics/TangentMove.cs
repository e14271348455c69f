using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// A seeded tangent over every live array and the central difference of a vector function along it: the points
/// <c>x +- h t</c>, with each component of <c>t</c> a random sign and magnitude in [0.5, 1.5) (<see cref="BoundedAwayFromZero"/>)
/// scaled by <c>max(1, |x_i|)</c> (<see cref="RelativeStep"/>), so the move shifts every coordinate by about its own step.
/// </summary>
/// <remarks>
/// Every coordinate moves at once, so the truncation error of one central difference, about <c>h^2 |F'''[t,t,t]| / 6</c>, adds
/// up over all of them: a float32 layer norm along a tangent at its step 1e-2 is off by 6e-4. The difference is therefore
/// taken at <c>h</c> and <c>h/2</c> and extrapolated (Richardson), <c>(4 D(h/2) - D(h)) / 3</c>, which leaves an error of order
/// <c>h^4</c>, at four evaluations of <c>F</c> per tangent; its noise floor is the same combination of the two floors.
/// <para>
/// The tangent an analytic product is asked for is the one the two points at <c>h</c> realise in the element type,
/// <c>((x + h t) - (x - h t)) / 2h</c>, rounded to the element type once: the difference quotient is then the derivative along
/// exactly the tangent the product receives, up to one rounding of each component (and of the points at <c>h/2</c>).
/// </para>
/// </remarks>
internal sealed class TangentMove<T>
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly T[][][] _points;
    private readonly double _step;

    /// <param name="points">The moved points: <c>x + h t</c>, <c>x - h t</c>, <c>x + h t / 2</c>, <c>x - h t / 2</c>.</param>
    private TangentMove(T[][][] points, T[][] tangent, double step)
    {
        _points = points;
        Tangent = tangent;
        _step = step;
    }

    /// <summary>The realised tangent, one array per live array, shaped like it.</summary>
    public T[][] Tangent { get; }

    public static TangentMove<T> Draw(Random random, IReadOnlyList<T[]> originals, double step)
    {
        var points = Enumerable.Range(0, 4).Select(_ => originals.Select(values => new T[values.Length]).ToArray()).ToArray();
        var tangent = originals.Select(values => new T[values.Length]).ToArray();
        for (var block = 0; block < originals.Count; block++)
        {
            var values = originals[block];
            for (var index = 0; index < values.Length; index++)
            {
                var value = double.CreateTruncating(values[index]);
                var move = step * BoundedAwayFromZero.Next(random) * RelativeStep.Scale(value);
                var (plus, minus) = (T.CreateTruncating(value + move), T.CreateTruncating(value - move));
                (points[0][block][index], points[1][block][index]) = (plus, minus);
                (points[2][block][index], points[3][block][index]) = (T.CreateTruncating(value + (move / 2)), T.CreateTruncating(value - (move / 2)));
                tangent[block][index] = T.CreateTruncating((double.CreateTruncating(plus) - double.CreateTruncating(minus)) / (2 * step));
            }
        }

        return new TangentMove<T>(points, tangent, step);
    }

    /// <summary>
    /// <c>(4 D(h/2) - D(h)) / 3</c> per output value, where <c>D(h) = (F(x + h t) - F(x - h t)) / 2h</c>, with the same combination
    /// of the noise floors of <see cref="CentralDifference"/> (<c>k eps_mach (|F+| + |F-|) / 2h</c>), into <paramref name="numeric"/>
    /// and <paramref name="noiseFloor"/>; the live arrays are put back from <paramref name="originals"/> however the function returns.
    /// </summary>
    public void Difference(IReadOnlyList<T[]> live, IReadOnlyList<T[]> originals, IVectorObjective<T> function, double roundingPerUnit, Span<double> numeric, Span<double> noiseFloor)
    {
        var outputs = new T[_points.Length][];
        try
        {
            for (var point = 0; point < _points.Length; point++)
            {
                Place(live, _points[point]);
                outputs[point] = function.Output();
            }
        }
        finally
        {
            Place(live, originals);
        }

        for (var index = 0; index < numeric.Length; index++)
        {
            var (full, fullNoise) = Quotient(outputs[0][index], outputs[1][index], 2 * _step, roundingPerUnit);
            var (half, halfNoise) = Quotient(outputs[2][index], outputs[3][index], _step, roundingPerUnit);
            numeric[index] = ((4 * half) - full) / 3;
            noiseFloor[index] = ((4 * halfNoise) + fullNoise) / 3;
        }
    }

    private static (double Value, double Noise) Quotient(T up, T down, double span, double roundingPerUnit)
    {
        var (upValue, downValue) = (double.CreateTruncating(up), double.CreateTruncating(down));
        return ((upValue - downValue) / span, roundingPerUnit * (Math.Abs(upValue) + Math.Abs(downValue)) / span);
    }

    private static void Place(IReadOnlyList<T[]> live, IReadOnlyList<T[]> values)
    {
        for (var block = 0; block < live.Count; block++)
        {
            values[block].AsSpan().CopyTo(live[block]);
        }
    }
}
