namespace GradGate.Engine.Numerics;

/// <summary>
/// A random direction whose component at a coordinate is a hash of the seed and the coordinate (SplitMix64): a sign and a
/// magnitude uniform in [0.5, 1.5), like <see cref="BoundedAwayFromZero"/>. Any run of coordinates has its components
/// without drawing the others or storing any, so the halves of a block are measured along the very components of the
/// whole (<see cref="Checks.MismatchBisection{T}"/>).
/// </summary>
internal readonly struct SeededDirection(ulong seed) : IDirection
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    public double Component(int coordinate)
    {
        var bits = Mix(seed + ((ulong)coordinate + 1) * Golden);
        var magnitude = 0.5 + ((long)(bits >> 11) * (1.0 / (1L << 53)));
        return (bits & 1) == 0 ? -magnitude : magnitude;
    }

    /// <summary>SplitMix64's finaliser: every bit of the result depends on every bit of the input.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
