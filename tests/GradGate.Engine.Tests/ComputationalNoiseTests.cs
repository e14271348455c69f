using GradGate.Engine.Numerics;

namespace GradGate.Engine.Tests;

/// <summary>Moré and Wild's difference-table estimate of a computed function's noise, on functions with known noise and on smooth ones.</summary>
public sealed class ComputationalNoiseTests
{
    /// <remarks>
    /// Nine values of a quadratic of size 1e3 at spacing 1e-3, each off by seeded normal noise of deviation 1e-9: the
    /// quadratic's first and second differences (5e-3 and 4e-6) dwarf the noise, its third and higher vanish. Over 500
    /// seeds every estimate is within a factor of five of the truth and the median within a factor of 1.5.
    /// </remarks>
    [Fact]
    public void The_noise_added_to_a_smooth_function_is_measured_within_a_small_factor()
    {
        const double deviation = 1e-9;
        var ratios = Enumerable.Range(0, 500).Select(seed =>
        {
            var noise = new Random(seed);
            var values = Enumerable.Range(-4, 9).Select(point => Quadratic(point * 1e-3) + (deviation * Normal(noise))).ToArray();
            return ComputationalNoise.StandardDeviation(values) / deviation;
        }).ToList();

        Assert.All(ratios, ratio => Assert.InRange(ratio!.Value, 0.2, 5));
        Assert.InRange(ratios.Order().ElementAt(ratios.Count / 2)!.Value, 1 / 1.5, 1.5);
    }

    [Fact]
    public void The_rounding_of_a_long_sum_along_a_line_is_measured_as_the_spread_of_its_differences_shows()
    {
        var x = Enumerable.Range(0, 200_000).Select(index => Math.Sin(index)).ToArray();
        var u = Enumerable.Range(0, x.Length).Select(index => Math.Cos(3 * index)).ToArray();
        double Along(double t) => x.Select((value, index) => value + (t * u[index])).Sum(value => value * value);

        var measured = ComputationalNoise.StandardDeviation(Enumerable.Range(-4, 9).Select(point => Along(point * 1e-7)).ToArray());
        var differences = Enumerable.Range(1, 40).Select(point => Along((point + 0.5) * 1e-6) - Along(point * 1e-6)).ToArray();
        var exact = Enumerable.Range(1, 40).Select(point => ExactChange(x, u, point * 1e-6, (point + 0.5) * 1e-6)).ToArray();
        var spread = Math.Sqrt(differences.Zip(exact, (computed, truth) => (computed - truth) * (computed - truth)).Average() / 2);

        Assert.InRange(measured!.Value, spread / 3, spread * 3);
    }

    [Fact]
    public void A_smooth_function_computed_exactly_shows_no_noise()
        => Assert.Null(ComputationalNoise.StandardDeviation(Enumerable.Range(-4, 9).Select(point => Quadratic(point * 0.25)).ToArray()));

    [Fact]
    public void Values_too_close_to_tell_apart_show_no_noise()
        => Assert.Null(ComputationalNoise.StandardDeviation([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]));

    [Fact]
    public void Values_a_large_step_apart_are_not_taken_for_noise()
        => Assert.Null(ComputationalNoise.StandardDeviation(Enumerable.Range(-4, 9).Select(point => Math.Exp(point)).ToArray()));

    private static double Quadratic(double t) => 1e3 + (5 * t) + (2 * t * t);

    /// <summary>sum((x + b u)^2) - sum((x + a u)^2) = (b - a) sum(u (2x + (a + b) u)), summed with compensation.</summary>
    private static double ExactChange(double[] x, double[] u, double a, double b)
    {
        double total = 0, compensation = 0;
        for (var index = 0; index < x.Length; index++)
        {
            var term = ((b - a) * u[index] * ((2 * x[index]) + ((a + b) * u[index]))) - compensation;
            var sum = total + term;
            compensation = (sum - total) - term;
            total = sum;
        }

        return total;
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
