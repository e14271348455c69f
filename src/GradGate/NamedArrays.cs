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
        TargetValidation.RequireSupportedElementType<T>();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidGradCheckTargetException("An array was added with an empty name: give every parameter or input a name.");
        }

        if (values is null)
        {
            throw new InvalidGradCheckTargetException($"The array '{name}' is null: pass the live array the check should perturb.");
        }

        if (_arrays.Exists(array => array.Name == name))
        {
            throw new InvalidGradCheckTargetException($"The name '{name}' is used twice: every parameter or input needs its own name.");
        }

        var resolvedShape = shape is null || shape.Length == 0 ? [values.Length] : (int[])shape.Clone();
        TargetValidation.RequireShapeMatches(name, values.Length, resolvedShape);
        _arrays.Add(new NamedArray<T>(name, values, resolvedShape));
    }

    public IEnumerator<NamedArray<T>> GetEnumerator() => _arrays.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
