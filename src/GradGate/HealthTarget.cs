namespace GradGate;

/// <summary>A gradient-health probe; see <see cref="GradCheckTarget.Health{T}"/>.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class HealthTarget<T> : GradCheckTarget
    where T : struct
{
    internal HealthTarget(Func<IReadOnlyDictionary<string, T[]>> gradients)
    {
        TargetValidation.RequireSupportedElementType<T>();
        GradientFunction = gradients;
    }

    internal Func<IReadOnlyDictionary<string, T[]>> GradientFunction { get; }

    internal override TargetKind Kind => TargetKind.Health;

    internal override Type ElementType => typeof(T);
}
