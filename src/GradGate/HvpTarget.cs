namespace GradGate;

/// <summary>A gradient with its Hessian-vector product; see <see cref="GradCheckTarget.Hvp{T}"/>.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class HvpTarget<T> : GradCheckTarget
    where T : struct
{
    internal HvpTarget(
        NamedArrays<T> parameters,
        Func<IReadOnlyDictionary<string, T[]>> gradient,
        Func<IReadOnlyDictionary<string, T[]>, IReadOnlyDictionary<string, T[]>> hvp)
    {
        TargetValidation.RequireSupportedElementType<T>();
        if (parameters.FirstOrDefault(parameter => !parameter.IsWholeArray) is { } view)
        {
            throw new InvalidGradCheckTargetException(
                $"The parameter '{view.Name}' is a view into a larger buffer, but a second-order target moves whole arrays: give it a whole array (a copy of the view), or check the first-order gradient as a loss over views.");
        }

        Parameters = parameters;
        GradientFunction = gradient;
        HvpFunction = hvp;
    }

    internal NamedArrays<T> Parameters { get; }

    internal Func<IReadOnlyDictionary<string, T[]>> GradientFunction { get; }

    internal Func<IReadOnlyDictionary<string, T[]>, IReadOnlyDictionary<string, T[]>> HvpFunction { get; }

    /// <summary>The full Hessian given with <see cref="WithHessian"/>, or null.</summary>
    internal Func<T[,]>? HessianFunction { get; private set; }

    internal override TargetKind Kind => TargetKind.Hvp;

    internal override Type ElementType => typeof(T);

    /// <summary>
    /// Gives the full Hessian as well, for small problems: <paramref name="hessian"/> returns an <c>n</c> by <c>n</c> matrix over
    /// every parameter element laid end to end in the order of the parameters (row-major within each). Every entry is compared
    /// with central differences of the gradient, and the matrix is checked for symmetry.
    /// </summary>
    public HvpTarget<T> WithHessian(Func<T[,]> hessian)
    {
        HessianFunction = TargetValidation.RequireNotNull(hessian, "Hessian closure");
        return this;
    }
}
