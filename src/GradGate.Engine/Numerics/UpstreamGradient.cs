using System.Numerics;

namespace GradGate.Engine.Numerics;

/// <summary>The seeded random upstream gradient <c>G</c> an operator check multiplies the output with.</summary>
internal static class UpstreamGradient
{
    /// <summary>
    /// Draws one value per output from <c>new Random(seed)</c> with <see cref="BoundedAwayFromZero"/>: every
    /// output weighs in, and swapped or mis-summed outputs do not cancel. The same seed and length always give
    /// the same values.
    /// </summary>
    public static T[] Draw<T>(int length, int seed)
        where T : struct, IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var upstream = new T[length];
        for (var index = 0; index < length; index++)
        {
            upstream[index] = T.CreateTruncating(BoundedAwayFromZero.Next(random));
        }

        return upstream;
    }
}
