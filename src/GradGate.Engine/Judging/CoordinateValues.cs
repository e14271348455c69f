namespace GradGate.Engine.Judging;

/// <summary>
/// One figure per estimated coordinate of a block (its numeric value, noise floor, ...), indexed by flat coordinate: an
/// array over the whole block when every coordinate is estimated, and only as many slots as coordinates when a block of
/// millions is located on a sample, so that checking 64 of a hundred million coordinates does not cost arrays of a hundred
/// million. Workers write distinct coordinates at the same time, which the fixed slots allow.
/// </summary>
internal sealed class CoordinateValues(int length)
{
    /// <summary>The coordinates the slots hold, ascending; null when the slots are the whole block.</summary>
    private int[]? _coordinates;
    private double[]? _slots;

    /// <summary>Makes room for exactly these coordinates (ascending), forgetting any earlier values.</summary>
    public void Cover(int[] coordinates)
    {
        _coordinates = coordinates.Length == length ? null : coordinates;
        _slots = null;
    }

    public double this[int coordinate]
    {
        get => Slots[Slot(coordinate)];
        set => Slots[Slot(coordinate)] = value;
    }

    /// <summary>The values of every coordinate of the block, in order, for estimators that fill a whole block.</summary>
    public Span<double> Whole => _coordinates is null
        ? Slots
        : throw new InvalidOperationException("These values cover a sample of the block, not all of it.");

    /// <remarks>
    /// Read once per figure of every coordinate: the first access allocates the slots (workers may race to it, and the
    /// first array stored wins), every later one reads a field. A lambda here would allocate a delegate on every access.
    /// </remarks>
    private double[] Slots => Volatile.Read(ref _slots) ?? AllocateSlots();

    private double[] AllocateSlots()
    {
        Interlocked.CompareExchange(ref _slots, new double[_coordinates?.Length ?? length], null);
        return _slots!;
    }

    private int Slot(int coordinate)
    {
        if (_coordinates is null)
        {
            return coordinate;
        }

        var slot = Array.BinarySearch(_coordinates, coordinate);
        return slot >= 0 ? slot : throw new ArgumentOutOfRangeException(nameof(coordinate), coordinate, "The coordinate is not one these values cover.");
    }
}
