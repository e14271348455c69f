using System.Numerics;

namespace GradGate.Engine.Numerics;

/// <summary>The seeded random upstream gradient <c>G</c> an operator check multiplies the output with.</summary>
internal static class UpstreamGradient
{
    /// <summary>
    /// Draws one value per output from <c>new Random(seed)</c>: a magnitude uniform in [0.5, 1.5) with a
    /// random sign (a magnitude first, then the sign, output by output). Bounded away from zero, so every
    /// output weighs in; spread out, so swapped or mis-summed outputs do not cancel. The same seed and length
    /// always give the same values.
    /// </summary>
    public static T[] Draw<T>(int length, int seed)
        where T : struct, IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var upstream = new T[length];
        for (var index = 0; index < length; index++)
        {
            var magnitude = 0.5 + random.NextDouble();
            var sign = random.Next(2) == 0 ? -1.0 : 1.0;
            upstream[index] = T.CreateTruncating(sign * magnitude);
        }

        return upstream;
    }
}
