namespace GradGate.Engine.Numerics;

/// <summary>
/// A seeded random direction stored in one byte per coordinate: a random sign and one of 128 magnitudes spread evenly over
/// [0.5, 1.5), so that it moves every coordinate by about one step (see <see cref="BoundedAwayFromZero"/>). A direction over
/// a hundred million coordinates takes 100 MB instead of the 800 MB of an array of doubles.
/// </summary>
/// <remarks>
/// It is drawn from the check's generator exactly as <see cref="BoundedAwayFromZero"/> draws a value, the magnitude first
/// and then the sign, so every choice drawn after it (the coordinates a sample checks) is the one it always was. The
/// magnitude is kept to 7 bits: what a direction needs is to be random and bounded away from zero, not its digits.
/// </remarks>
internal readonly struct CompactDirection : IDirection
{
    private const int MagnitudeLevels = 128;
    private const byte Negative = 0x80;

    /// <summary>The component each byte stands for: the middle of its magnitude level, with its sign.</summary>
    private static readonly double[] Components = Enumerable.Range(0, 2 * MagnitudeLevels)
        .Select(code => ((code & Negative) != 0 ? -1 : 1) * (0.5 + (((code & (MagnitudeLevels - 1)) + 0.5) / MagnitudeLevels)))
        .ToArray();

    private readonly byte[] _codes;

    private CompactDirection(byte[] codes) => _codes = codes;

    public static CompactDirection Draw(Random random, int length)
    {
        var codes = new byte[length];
        for (var index = 0; index < length; index++)
        {
            var level = (int)(random.NextDouble() * MagnitudeLevels);
            codes[index] = (byte)(random.Next(2) == 0 ? level | Negative : level);
        }

        return new CompactDirection(codes);
    }

    public double Component(int coordinate) => Components[_codes[coordinate]];
}
