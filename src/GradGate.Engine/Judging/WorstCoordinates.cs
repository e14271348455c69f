namespace GradGate.Engine.Judging;

/// <summary>Keeps the k coordinates with the largest error seen so far, without sorting the whole block.</summary>
internal sealed class WorstCoordinates(int capacity)
{
    private readonly int[] _indices = new int[capacity];
    private readonly double[] _errors = new double[capacity];
    private int _count;

    /// <summary>Considers one coordinate; on equal errors the earlier coordinate stays ahead.</summary>
    public void Offer(int index, double error)
    {
        if (capacity == 0 || (_count == capacity && error <= _errors[_count - 1]))
        {
            return;
        }

        var position = _count < capacity ? _count++ : capacity - 1;
        while (position > 0 && _errors[position - 1] < error)
        {
            _indices[position] = _indices[position - 1];
            _errors[position] = _errors[position - 1];
            position--;
        }

        _indices[position] = index;
        _errors[position] = error;
    }

    public int[] WorstFirst() => _indices.AsSpan(0, _count).ToArray();
}
