namespace GradGate;

/// <summary>
/// A live array that a check perturbs in place (and always restores), with the name and shape used to
/// print coordinates such as <c>W1[2,7]</c>. The values are stored flat in row-major order.
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class NamedArray<T>
    where T : struct
{
    internal NamedArray(string name, T[] values, int[] shape)
    {
        Name = name;
        Values = values;
        Shape = shape;
    }

    public string Name { get; }

    public T[] Values { get; }

    public IReadOnlyList<int> Shape { get; }
}
