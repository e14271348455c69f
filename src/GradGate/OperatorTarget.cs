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
        Inputs = inputs;
        Forward = forward;
        Backward = backward;
    }

    internal NamedArrays<T> Inputs { get; }

    internal Func<IReadOnlyList<T[]>, T[]> Forward { get; }

    internal Func<IReadOnlyList<T[]>, T[], IReadOnlyList<T[]>> Backward { get; }

    internal bool ChecksFullJacobian { get; private set; }

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
}
