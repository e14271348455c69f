using System.Numerics;
using GradGate.Engine.Judging;

namespace GradGate.Engine.Checks;

/// <summary>
/// Tells an unused parameter from one that is only flat at the check's point: moves every coordinate of the block by
/// twice its size (at least 2) one way and then the other, across zero, where a ReLU or a clamp turns on, and asks whether
/// the scalar changes at all. The values are put back whatever happens.
/// </summary>
internal static class ReachProbe
{
    private const double Reach = 2;

    public static Judging.Reach Probe<T>(ArraySegment<T> values, Func<double> evaluate)
        where T : struct, IFloatingPointIeee754<T>
    {
        var saved = values.ToArray();
        try
        {
            var center = evaluate();
            foreach (var sign in new[] { 1.0, -1.0 })
            {
                for (var index = 0; index < values.Count; index++)
                {
                    var value = double.CreateTruncating(saved[index]);
                    values[index] = T.CreateTruncating(value + (sign * Reach * Math.Max(1, Math.Abs(value))));
                }

                var moved = evaluate();
                saved.AsSpan().CopyTo(values.AsSpan());
                if (!moved.Equals(center))
                {
                    return Judging.Reach.FlatHere;
                }
            }

            return Judging.Reach.Unused;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Judging.Reach.Unknown; // a loss that throws far from the point tells nothing about the point
        }
        finally
        {
            saved.AsSpan().CopyTo(values.AsSpan());
        }
    }
}
