using System.Collections;

namespace GradGate;

/// <summary>
/// An ordered set of named live arrays: the parameters of a loss or the inputs of an operator.
/// Written with a collection initializer:
/// <code>new NamedArrays&lt;double&gt; { { "W1", w1, 4, 10 }, { "b1", b1 } }</code>
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class NamedArrays<T> : IReadOnlyList<NamedArray<T>>
    where T : struct
{
    private readonly List<NamedArray<T>> _arrays = [];

    public int Count => _arrays.Count;

    public NamedArray<T> this[int index] => _arrays[index];

    /// <summary>Adds a live array. Without a shape the array is one-dimensional.</summary>
    /// <exception cref="InvalidGradCheckTargetException">
    /// The name is empty or already used, the array is null, or the shape does not multiply out to its length.
    /// </exception>
    public void Add(string name, T[] values, params int[] shape)
    {
        if (values is null)
        {
            throw new InvalidGradCheckTargetException($"The array '{name}' is null: pass the live array the check should perturb.");
        }

        Add(name, new ArraySegment<T>(values), shape);
    }

    /// <summary>
    /// Adds a view into a larger live buffer, such as one layer's weights in a flat parameter buffer: the check perturbs
    /// the buffer in place at the view's elements only. Without a shape the view is one-dimensional. Views of one buffer
    /// must not overlap.
    /// An operator's inputs must be whole arrays, since its closures receive them as arrays.
    /// </summary>
    /// <exception cref="InvalidGradCheckTargetException">
    /// The name is empty or already used, the view has no buffer or overlaps another view of it, or the shape does not
    /// multiply out to its length.
    /// </exception>
    public void Add(string name, ArraySegment<T> values, params int[] shape)
    {
        TargetValidation.RequireSupportedElementType<T>();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidGradCheckTargetException("An array was added with an empty name: give every parameter or input a name.");
        }

        if (values.Array is null)
        {
            throw new InvalidGradCheckTargetException($"The view '{name}' has no buffer (a default ArraySegment): pass a view of the live buffer the check should perturb.");
        }

        if (_arrays.Exists(array => array.Name == name))
        {
            throw new InvalidGradCheckTargetException($"The name '{name}' is used twice: every parameter or input needs its own name.");
        }

        if (_arrays.Find(array => Overlap(array.Values, values)) is { } overlapped)
        {
            throw new InvalidGradCheckTargetException(
                $"The view '{name}' (elements {values.Offset} to {values.Offset + values.Count - 1} of its buffer) overlaps '{overlapped.Name}' "
                + $"(elements {overlapped.Values.Offset} to {overlapped.Values.Offset + overlapped.Values.Count - 1}): give each parameter or "
                + "input its own elements, so that moving one does not move another.");
        }

        var resolvedShape = shape is null || shape.Length == 0 ? [values.Count] : (int[])shape.Clone();
        TargetValidation.RequireShapeMatches(name, values.Count, resolvedShape);
        _arrays.Add(new NamedArray<T>(name, values, resolvedShape));
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Adds a view into a larger live buffer held as <see cref="Memory{T}"/> over an array, as <see cref="Add(string, ArraySegment{T}, int[])"/>
    /// does for its segment. Memory that is not over an array (native or pooled memory) cannot be perturbed in place here.
    /// </summary>
    /// <exception cref="InvalidGradCheckTargetException">
    /// The memory is not over an array, the name is empty or already used, the view overlaps another, or the shape does not
    /// multiply out to its length.
    /// </exception>
    public void Add(string name, Memory<T> values, params int[] shape)
    {
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray<T>(values, out var segment))
        {
            throw new InvalidGradCheckTargetException(
                $"The memory '{name}' is not over an array (native or pooled memory), so GradGate cannot perturb it in place: give it an array, "
                + "or a view of one (an ArraySegment or a Memory over an array).");
        }

        Add(name, segment, shape);
    }
#endif

    private static bool Overlap(ArraySegment<T> first, ArraySegment<T> second)
        => ReferenceEquals(first.Array, second.Array)
            && first.Count > 0
            && second.Count > 0
            && first.Offset < second.Offset + second.Count
            && second.Offset < first.Offset + first.Count;

    public IEnumerator<NamedArray<T>> GetEnumerator() => _arrays.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
