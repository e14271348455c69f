using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// Richardson extrapolation at the half steps: a correct float32 function whose truncation at the step is large passes,
/// a real error still fails with its true size, and a kink is not smoothed away.
/// </summary>
public sealed class ExtrapolationTests
{
    /// <remarks>
    /// At the float32 step of 1e-2 the central difference of <c>exp(a x)</c> is off by <c>(a h)^2 / 6</c>: 6e-4 for
    /// a = 6 (a warning before) and 2.4e-3 for a = 12; <c>tanh(10 x)</c> near its inflection point is off by 3e-3 and its
    /// curvature there is about zero. Before, the last two failed, with some coordinates even called kinks.
    /// </remarks>
    public static TheoryData<string> SteepFunctions => [.. Functions.Keys];

    private static Dictionary<string, (float[] Point, Func<float, float> Value, Func<float, float> Derivative)> Functions => new()
    {
        ["exp(6x)"] = ([-0.5f, 0.25f, 0.75f, 1f], v => MathF.Exp(6 * v), v => 6 * MathF.Exp(6 * v)),
        ["exp(12x)"] = ([-0.5f, 0.25f, 0.75f, 1f], v => MathF.Exp(12 * v), v => 12 * MathF.Exp(12 * v)),
        ["tanh(10x)"] = ([0f, 0.02f, -0.05f, 0.01f], v => MathF.Tanh(10 * v), v => 10 * (1 - (MathF.Tanh(10 * v) * MathF.Tanh(10 * v)))),
    };

    [Theory]
    [MemberData(nameof(SteepFunctions))]
    public void A_correct_float32_function_with_a_large_third_derivative_passes(string function)
    {
        var result = Checking.Run(Target(function, gradientFactor: 1f));

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Findings);
        Assert.InRange(result.RelativeError!.Value, 0, 2e-5);
        Assert.Equal(0, result.Block("x").CoordinatesInconclusive);
    }

    [Theory]
    [MemberData(nameof(SteepFunctions))]
    public void The_same_function_with_a_one_percent_gradient_error_fails_and_the_error_is_measured_without_the_truncation(string function)
    {
        var result = Checking.Run(Target(function, gradientFactor: 1.01f));

        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
        Assert.InRange(result.RelativeError!.Value, 4.9e-3, 5.1e-3);
    }

    /// <remarks>
    /// With the kink a third of the step above the point, both one-sided slopes are 0, exactly what a smooth function
    /// with these central differences would show, and the extrapolated derivative is 1/9: the kink test, not the
    /// extrapolation, must decide.
    /// </remarks>
    [Fact]
    public void A_relu_kink_a_third_of_a_step_away_is_still_inconclusive_in_float64_and_float32()
    {
        var float64 = Checking.Run(Targets.Loss("x", [-1e-6 / 3, 0.5], x => Math.Max(0, x[0]) + (x[1] * x[1] * x[1]), x => [0, 3 * x[1] * x[1]]));
        float[] x = [-1e-2f / 3, 0.5f];
        var float32 = Checking.Run(GradCheckTarget.Loss(
            new NamedArrays<float> { { "x", x } },
            () => MathF.Max(0, x[0]) + (x[1] * x[1] * x[1]),
            () => new Dictionary<string, float[]> { ["x"] = [0f, 3 * x[1] * x[1]] }));

        Assert.All([float64, float32], result =>
        {
            Assert.Equal(DiagnosticCodes.Inconclusive, Assert.Single(result.Findings).Code);
            Assert.Equal((1, 1), (result.Block("x").CoordinatesInconclusive, result.Block("x").CoordinatesChecked));
        });
    }

    private static LossTarget<float> Target(string function, float gradientFactor)
    {
        var (point, value, derivative) = Functions[function];
        return GradCheckTarget.Loss(
            new NamedArrays<float> { { "x", point } },
            () => point.Sum(value),
            () => new Dictionary<string, float[]> { ["x"] = Array.ConvertAll(point, v => derivative(v) * gradientFactor) });
    }
}
