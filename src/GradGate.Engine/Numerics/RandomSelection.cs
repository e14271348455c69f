namespace GradGate.Engine.Numerics;

/// <summary>The seeded random coordinates of the fast and sampled modes, drawn in order from one generator per check (directions: <see cref="CompactDirection"/>).</summary>
internal static class RandomSelection
{
    /// <summary>At most <paramref name="count"/> distinct coordinates of <c>0..length-1</c>, ascending; all of them when there are no more.</summary>
    /// <remarks>
    /// The first <paramref name="count"/> steps of a Fisher-Yates shuffle of <c>0..length-1</c>, keeping only the positions
    /// the swaps touched: the same coordinates as shuffling the whole range, without an array of the block's size.
    /// </remarks>
    public static int[] Coordinates(Random random, int length, int count)
    {
        if (length <= count)
        {
            return Enumerable.Range(0, length).ToArray();
        }

        var moved = new Dictionary<int, int>();
        int At(int position) => moved.TryGetValue(position, out var value) ? value : position;
        for (var chosen = 0; chosen < count; chosen++)
        {
            var pick = random.Next(chosen, length);
            (moved[chosen], moved[pick]) = (At(pick), At(chosen));
        }

        var sample = Enumerable.Range(0, count).Select(At).ToArray();
        Array.Sort(sample);
        return sample;
    }
}
