namespace GradGate.Engine.Numerics;

/// <summary>The seeded random values GradGate weighs with: bounded away from zero, so every term counts, and of random sign, so errors do not cancel.</summary>
internal static class BoundedAwayFromZero
{
    /// <summary>A magnitude uniform in [0.5, 1.5), drawn first, then a random sign.</summary>
    public static double Next(Random random)
    {
        var magnitude = 0.5 + random.NextDouble();
        return random.Next(2) == 0 ? -magnitude : magnitude;
    }
}
