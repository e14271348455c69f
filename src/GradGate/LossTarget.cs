namespace GradGate;

/// <summary>A scalar loss over named live parameters; see <see cref="GradCheckTarget.Loss{T}"/>.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class LossTarget<T> : GradCheckTarget
    where T : struct
{
    internal LossTarget(NamedArrays<T> parameters, Func<T> loss, Func<IReadOnlyDictionary<string, T[]>> gradients)
    {
        TargetValidation.RequireSupportedElementType<T>();
        Parameters = parameters;
        LossFunction = loss;
        GradientFunction = gradients;
    }

    internal NamedArrays<T> Parameters { get; }

    internal Func<T> LossFunction { get; }

    internal Func<IReadOnlyDictionary<string, T[]>> GradientFunction { get; }

    internal override TargetKind Kind => TargetKind.Loss;

    internal override Type ElementType => typeof(T);
}
