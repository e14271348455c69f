namespace GradGate.Engine.Findings;

/// <summary>
/// Entries of a matrix whose rows are a vector function's values and whose columns are one input's elements, such as the
/// Jacobian a JVP gives column by column (<c>dY[3]/dx[1,2]</c>) or a Hessian (<c>H[W1[0,2], b1[1]]</c>).
/// </summary>
/// <param name="format">Writes an entry from its row label and its column label.</param>
internal sealed class EntryNaming(CoordinateNaming rows, string columnName, IReadOnlyList<int> columnShape, int columnLength, Func<string, string, string> format)
    : CoordinateNaming
{
    public override int[] Index(int flatIndex) => [flatIndex / columnLength, .. Unravel(flatIndex % columnLength, columnShape)];

    public override string Label(int flatIndex)
        => format(rows.Label(flatIndex / columnLength), columnName + Subscript(Unravel(flatIndex % columnLength, columnShape)));
}

/// <summary>Coordinates of several named arrays laid end to end (a gradient over every parameter): <c>W1[2,7]</c>, then <c>b1[3]</c>.</summary>
internal sealed class ConcatenatedNaming : CoordinateNaming
{
    private readonly (string Name, IReadOnlyList<int> Shape, int Start)[] _parts;

    public ConcatenatedNaming(IEnumerable<(string Name, IReadOnlyList<int> Shape, int Length)> parts)
    {
        var start = 0;
        _parts = parts.Select(part => (part.Name, part.Shape, (start += part.Length) - part.Length)).ToArray();
    }

    public override int[] Index(int flatIndex)
    {
        var part = Part(flatIndex);
        return Unravel(flatIndex - part.Start, part.Shape);
    }

    public override string Label(int flatIndex)
    {
        var part = Part(flatIndex);
        return part.Name + Subscript(Unravel(flatIndex - part.Start, part.Shape));
    }

    private (string Name, IReadOnlyList<int> Shape, int Start) Part(int flatIndex) => _parts.Last(part => part.Start <= flatIndex);
}
