namespace GradGate.Engine.Findings;

/// <summary>How the coordinates of one compared block are indexed and written, such as <c>W1[2,7]</c>.</summary>
internal abstract class CoordinateNaming
{
    /// <summary>The multi-dimensional index of a flat (row-major) position.</summary>
    public abstract int[] Index(int flatIndex);

    public abstract string Label(int flatIndex);

    /// <summary>The row-major index of <paramref name="flatIndex"/> within <paramref name="shape"/>.</summary>
    protected static int[] Unravel(int flatIndex, IReadOnlyList<int> shape)
    {
        var index = new int[shape.Count];
        for (var axis = shape.Count - 1; axis >= 0; axis--)
        {
            index[axis] = flatIndex % shape[axis];
            flatIndex /= shape[axis];
        }

        return index;
    }

    protected static string Subscript(int[] index) => "[" + string.Join(",", index) + "]";
}

/// <summary>Coordinates of a named array with a shape: <c>W1[2,7]</c>.</summary>
internal sealed class ArrayCoordinateNaming(string name, IReadOnlyList<int> shape) : CoordinateNaming
{
    public override int[] Index(int flatIndex) => Unravel(flatIndex, shape);

    public override string Label(int flatIndex) => name + Subscript(Index(flatIndex));
}

/// <summary>Entries of an operator's Jacobian, one output (flat) by one input element: <c>dY[3]/dx[1,2]</c>.</summary>
internal sealed class JacobianCoordinateNaming(string inputName, IReadOnlyList<int> inputShape, int inputLength) : CoordinateNaming
{
    public override int[] Index(int flatIndex)
        => [flatIndex / inputLength, .. Unravel(flatIndex % inputLength, inputShape)];

    public override string Label(int flatIndex)
        => $"dY[{flatIndex / inputLength}]/d{inputName}{Subscript(Unravel(flatIndex % inputLength, inputShape))}";
}
