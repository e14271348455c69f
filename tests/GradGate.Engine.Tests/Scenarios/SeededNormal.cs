namespace GradGate.Engine.Tests.Scenarios;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box-Muller), like numpy's <c>randn</c> in the seeds.</summary>
internal sealed class SeededNormal(int seed)
{
    private readonly Random _random = new(seed);

    public double Next()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double[] Array(int length, double scale)
    {
        var values = new double[length];
        for (var index = 0; index < length; index++)
        {
            values[index] = scale * Next();
        }

        return values;
    }
}
