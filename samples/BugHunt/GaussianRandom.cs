namespace BugHunt;

/// <summary>Standard normal draws from a seeded <see cref="Random"/>, so every build sees the same numbers.</summary>
internal sealed class GaussianRandom(int seed)
{
    private readonly Random _uniform = new(seed);

    public double Next()
    {
        // Box-Muller; 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - _uniform.NextDouble()));
        return radius * Math.Cos(2.0 * Math.PI * _uniform.NextDouble());
    }

    public double[] NextArray(int length, double scale = 1.0)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = scale * Next();
        }

        return values;
    }
}
