namespace GradGate;

/// <summary>An operator with a hand-written backward pass; see <see cref="GradCheckTarget.Operator{T}(NamedArrays{T}, Func{IReadOnlyList{T[]}, T[]}, Func{IReadOnlyList{T[]}, T[], IReadOnlyList{T[]}})"/>.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class OperatorTarget<T> : GradCheckTarget
    where T : struct
{
    internal OperatorTarget(
        NamedArrays<T> inputs,
        Func<IReadOnlyList<T[]>, T[]> forward,
        Func<IReadOnlyList<T[]>, T[], IReadOnlyList<T[]>> backward)
    {
        TargetValidation.RequireSupportedElementType<T>();
        if (inputs.FirstOrDefault(input => !input.IsWholeArray) is { } view)
        {
            throw new InvalidGradCheckTargetException(
                $"The input '{view.Name}' is a view into a larger buffer, but an operator's forward and backward closures receive their inputs "
                + "as arrays: give it a whole array (a copy of the view), or check the layer as a loss over its parameters, which may be views.");
        }

        Inputs = inputs;
        Forward = forward;
        Backward = backward;
    }

    internal NamedArrays<T> Inputs { get; }

    internal Func<IReadOnlyList<T[]>, T[]> Forward { get; }

    internal Func<IReadOnlyList<T[]>, T[], IReadOnlyList<T[]>> Backward { get; }

    internal bool ChecksFullJacobian { get; private set; }

    /// <summary>The Jacobian-vector product given with <see cref="WithJvp(Func{IReadOnlyList{T[]}, IReadOnlyList{T[]}, T[]})"/>, or null.</summary>
    internal Func<IReadOnlyList<T[]>, IReadOnlyList<T[]>, T[]>? Jvp { get; private set; }

    /// <summary>The output's shape given to <see cref="WithOutputShape"/>; null when the output is read as flat.</summary>
    internal IReadOnlyList<int>? OutputShape { get; private set; }

    internal override TargetKind Kind => TargetKind.Operator;

    internal override Type ElementType => typeof(T);

    /// <summary>
    /// Also compares the whole Jacobian, one backward call per output and two forward calls per input
    /// element, so that a finding names the output and input coordinates. Meant for small operators.
    /// </summary>
    public OperatorTarget<T> WithFullJacobian()
    {
        ChecksFullJacobian = true;
        return this;
    }

    /// <summary>
    /// Gives the operator's forward-mode derivative as well, a Jacobian-vector product: <paramref name="jvp"/> receives the
    /// inputs and one tangent per input (shaped like it) and returns <c>J v</c>, shaped like the output. The checker compares
    /// it with central differences of the forward closure along seeded tangents (in full mode also along every input
    /// coordinate), and checks it against the backward pass with the adjoint test <c>&lt;G, J v&gt; == &lt;J^T G, v&gt;</c>,
    /// which holds up to rounding alone.
    /// </summary>
    public OperatorTarget<T> WithJvp(Func<IReadOnlyList<T[]>, IReadOnlyList<T[]>, T[]> jvp)
    {
        Jvp = TargetValidation.RequireNotNull(jvp, "JVP closure");
        return this;
    }

    /// <summary>
    /// The Jacobian-vector product of a one-input operator: <paramref name="jvp"/> receives the input and a tangent shaped
    /// like it and returns <c>J v</c>; see <see cref="WithJvp(Func{IReadOnlyList{T[]}, IReadOnlyList{T[]}, T[]})"/>.
    /// </summary>
    /// <exception cref="InvalidGradCheckTargetException">The operator has more than one input.</exception>
    public OperatorTarget<T> WithJvp(Func<T[], T[], T[]> jvp)
    {
        TargetValidation.RequireNotNull(jvp, "JVP closure");
        if (Inputs.Count != 1)
        {
            throw new InvalidGradCheckTargetException(
                $"WithJvp was given a one-input JVP but the operator has {Inputs.Count} inputs: give a JVP that takes the inputs and one tangent per input.");
        }

        Jvp = (inputs, tangents) => jvp(inputs[0], tangents[0]);
        return this;
    }

    /// <summary>
    /// The shape of the output, which <c>forward</c> returns flat in row-major order, so that Jacobian entries read
    /// <c>dY[2,3]/dx[1,0]</c> rather than <c>dY[11]/dx[1,0]</c>. The check fails (GG0014) when the output does not have
    /// as many values as the shape holds.
    /// </summary>
    /// <exception cref="InvalidGradCheckTargetException">The shape is empty or has a dimension below 1.</exception>
    public OperatorTarget<T> WithOutputShape(params int[] shape)
    {
        if (shape is null || shape.Length == 0 || Array.Exists(shape, dimension => dimension < 1))
        {
            throw new InvalidGradCheckTargetException(
                $"WithOutputShape was given the shape [{string.Join(",", shape ?? [])}]: give every dimension of the output, each at least 1, "
                + "such as WithOutputShape(2, 3) for a 2x3 output.");
        }

        OutputShape = (int[])shape.Clone();
        return this;
    }
}
