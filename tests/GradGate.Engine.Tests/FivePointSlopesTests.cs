using GradGate.Engine.Numerics;

namespace GradGate.Engine.Tests;

/// <summary>The five-sample judgement on its own: extrapolation, its noise, and smooth functions told from kinks.</summary>
public sealed class FivePointSlopesTests
{
    private const double Far = 0.1;

    [Fact]
    public void Extrapolation_removes_the_truncation_of_a_cubic_whose_spread_the_kink_test_alone_would_take_for_a_kink()
    {
        // f(t) = (0.5 + t)^3: f'(0) = 0.75 and f''' = 6, so D(h) = 0.75 + h^2 and D(h/2) = 0.75 + h^2 / 4.
        var slopes = Sample(t => Math.Pow(0.5 + t, 3));

        Assert.Equal(0.75 + (Far * Far), slopes.FarCentral, precision: 12);
        Assert.Equal(0.75, slopes.Extrapolated, precision: 12);
        Assert.True(slopes.AreSmooth(noiseFloor: 0));

        // The spread of the truncation alone (one-sided slopes 0.745, central differences up to 0.76) looks like a kink
        // to the kink test: that is why the extrapolated value's agreement is asked first.
        Assert.True(slopes.ShowKinkExplaining(0.75, noiseFloor: 0));
    }

    [Fact]
    public void The_extrapolated_value_carries_three_noise_floors_of_the_far_central_difference_at_half_the_span()
    {
        var slopes = Sample(t => t);

        // The near central difference's floor is twice the far one's (half the span): (4 * 2 + 1) / 3.
        Assert.Equal(3.0, slopes.ExtrapolatedNoiseFloor(farNoiseFloor: 1, nearNoiseFloor: 2), precision: 12);
    }

    [Fact]
    public void A_kink_at_the_point_is_neither_smooth_nor_differentiable()
    {
        var slopes = Sample(t => Math.Max(0, t));

        Assert.Equal((0.0, 1.0), (slopes.Left, slopes.Right));
        Assert.False(slopes.AreSmooth(noiseFloor: 0));
        Assert.True(slopes.ShowKinkExplaining(0, noiseFloor: 0));
    }

    [Fact]
    public void A_kink_a_third_of_the_span_away_looks_smooth_but_its_extrapolation_is_off_and_the_kink_test_still_sees_it()
    {
        var slopes = Sample(t => Math.Max(0, t - (Far / 3)));

        Assert.Equal((0.0, 0.0), (slopes.Left, slopes.Right), new Tolerance(1e-12));
        Assert.True(slopes.AreSmooth(noiseFloor: 0));
        Assert.Equal(1.0 / 9, slopes.Extrapolated, precision: 12);
        Assert.True(slopes.ShowKinkExplaining(0, noiseFloor: 0));
    }

    private static FivePointSlopes Sample(Func<double, double> f)
        => FivePointSlopes.From(f(0), (Far / 2, f(Far / 2)), (-Far / 2, f(-Far / 2)), (Far, f(Far)), (-Far, f(-Far)));

    private sealed class Tolerance(double tolerance) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y)
            => Math.Abs(x.Item1 - y.Item1) <= tolerance && Math.Abs(x.Item2 - y.Item2) <= tolerance;

        public int GetHashCode((double, double) obj) => 0;
    }
}
