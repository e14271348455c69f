namespace GradGate.Engine.Tests.Scenarios;

/// <summary>
/// Seed 002's custom sigmoid op: <c>y = 1 / (1 + exp(-x))</c> with a backward pass that multiplies the upstream
/// gradient by <c>y (1 - y)</c>, or, in the seed's buggy version, by <c>y (1 + y)</c>.
/// </summary>
internal static class Sigmoid
{
    public static double[] Input() => new SeededNormal(seed: 42).Array(5, scale: 1);

    public static OperatorTarget<double> Correct() => Target(Input(), (y, g) => g * y * (1 - y));

    public static OperatorTarget<double> Buggy() => Target(Input(), (y, g) => g * y * (1 + y));

    public static OperatorTarget<float> CorrectFloat() => TargetFloat(Array.ConvertAll(Input(), value => (float)value), (y, g) => g * y * (1 - y));

    private static OperatorTarget<double> Target(double[] x, Func<double, double, double> localGradient)
        => GradCheckTarget.Operator(
            "x",
            x,
            input => Array.ConvertAll(input, value => 1 / (1 + Math.Exp(-value))),
            (input, upstream) =>
            {
                var output = Array.ConvertAll(input, value => 1 / (1 + Math.Exp(-value)));
                return output.Select((y, index) => localGradient(y, upstream[index])).ToArray();
            });

    private static OperatorTarget<float> TargetFloat(float[] x, Func<float, float, float> localGradient)
        => GradCheckTarget.Operator(
            "x",
            x,
            input => Array.ConvertAll(input, value => 1 / (1 + MathF.Exp(-value))),
            (input, upstream) =>
            {
                var output = Array.ConvertAll(input, value => 1 / (1 + MathF.Exp(-value)));
                return output.Select((y, index) => localGradient(y, upstream[index])).ToArray();
            });
}
