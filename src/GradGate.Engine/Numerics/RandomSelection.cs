namespace GradGate.Engine.Numerics;

/// <summary>The seeded random choices of the fast and sampled modes, drawn in order from one generator per check.</summary>
internal static class RandomSelection
{
    /// <summary>
    /// A direction whose components are <see cref="BoundedAwayFromZero"/>, so it moves every coordinate by about one
    /// step. It is not normalised: a unit vector would move each of n coordinates by only <c>h / sqrt(n)</c>, shrinking
    /// the directional derivative by <c>sqrt(n)</c> while the rounding noise of the loss stays the same.
    /// </summary>
    public static double[] Direction(Random random, int length)
    {
        var direction = new double[length];
        for (var index = 0; index < length; index++)
        {
            direction[index] = BoundedAwayFromZero.Next(random);
        }

        return direction;
    }

    /// <summary>At most <paramref name="count"/> distinct coordinates of <c>0..length-1</c>, ascending; all of them when there are no more.</summary>
    public static int[] Coordinates(Random random, int length, int count)
    {
        var all = Enumerable.Range(0, length).ToArray();
        if (length <= count)
        {
            return all;
        }

        for (var chosen = 0; chosen < count; chosen++)
        {
            var pick = random.Next(chosen, length);
            (all[chosen], all[pick]) = (all[pick], all[chosen]);
        }

        var sample = all[..count];
        Array.Sort(sample);
        return sample;
    }
}
