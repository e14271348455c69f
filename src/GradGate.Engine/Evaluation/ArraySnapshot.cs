using System.Numerics;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// A copy of a target's live arrays, taken before the check touches them, to detect a closure that changes
/// them and to put every bit back afterwards. It is the check's only copy of them: moves along a direction put
/// the values back from it too (<see cref="Numerics.BlockLine{T, TDirection}"/>).
/// </summary>
internal sealed class ArraySnapshot<T>
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly NamedArrays<T> _live;
    private readonly T[][] _saved;

    public ArraySnapshot(NamedArrays<T> live)
    {
        _live = live;
        _saved = live.Select(array => array.Values.ToArray()).ToArray();
    }

    /// <summary>The values at the check's point, one array per live array in order; never to be written.</summary>
    public IReadOnlyList<T[]> Saved => _saved;

    /// <summary>The first array a closure changed and the first changed position in it, or null when all are as saved.</summary>
    public ArrayChange? FindChange()
    {
        for (var block = 0; block < _saved.Length; block++)
        {
            var saved = _saved[block];
            var current = _live[block].Values;
            var position = saved.AsSpan().CommonPrefixLength(current.AsSpan());
            if (position < saved.Length)
            {
                return new ArrayChange(block, position, double.CreateTruncating(saved[position]), double.CreateTruncating(current[position]));
            }
        }

        return null;
    }

    /// <summary>Writes the saved values back, bit for bit.</summary>
    public void Restore()
    {
        for (var block = 0; block < _saved.Length; block++)
        {
            _saved[block].AsSpan().CopyTo(_live[block].Values.AsSpan());
        }
    }
}

/// <summary>Where a closure changed a live array: the block, the flat position, and the value before and after.</summary>
internal readonly record struct ArrayChange(int Block, int Position, double Before, double After);
