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

/// <summary>
/// Entries of an operator's Jacobian, one output element by one input element: <c>dY[3]/dx[1,2]</c>, or <c>dY[1,0]/dx[1,2]</c>
/// when the operator gives its output's shape.
/// </summary>
internal sealed class JacobianCoordinateNaming(string inputName, IReadOnlyList<int> inputShape, int inputLength, IReadOnlyList<int> outputShape) : CoordinateNaming
{
    public override int[] Index(int flatIndex)
        => [.. Unravel(flatIndex / inputLength, outputShape), .. Unravel(flatIndex % inputLength, inputShape)];

    public override string Label(int flatIndex)
        => $"{OutputLabel(flatIndex / inputLength, outputShape)}/d{inputName}{Subscript(Unravel(flatIndex % inputLength, inputShape))}";

    /// <summary><c>dY[1,0]</c>: an output element as a Jacobian entry's numerator.</summary>
    public static string OutputLabel(int output, IReadOnlyList<int> outputShape) => "dY" + Subscript(Unravel(output, outputShape));
}
