namespace GradGate;

/// <summary>
/// A live array, or a view into a larger buffer, that a check perturbs in place (and always restores), with the name and
/// shape used to print coordinates such as <c>W1[2,7]</c>. The values are flat in row-major order.
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class NamedArray<T>
    where T : struct
{
    internal NamedArray(string name, ArraySegment<T> values, int[] shape)
    {
        Name = name;
        Values = values;
        Shape = shape;
    }

    public string Name { get; }

    /// <summary>The live elements: a whole array, or the part of a larger buffer the view covers.</summary>
    public ArraySegment<T> Values { get; }

    public IReadOnlyList<int> Shape { get; }

    /// <summary>Whether <see cref="Values"/> is a whole array, as an operator's forward and backward closures receive their inputs.</summary>
    internal bool IsWholeArray => Values.Offset == 0 && Values.Count == Values.Array!.Length;
}
