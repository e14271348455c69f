namespace GradGate;

/// <summary>
/// What a <see cref="GradCheckAttribute"/> method returns: a loss over named parameters, an operator with
/// a hand-written backward pass, or a gradient-health probe. Create one with the static methods here.
/// </summary>
public abstract class GradCheckTarget
{
    private readonly HashSet<string> _zeroGradientAllowed = new(StringComparer.Ordinal);

    private protected GradCheckTarget()
    {
    }

    /// <summary>The variant name that tells the members of a parameterised family apart, shown as <c>Check[variant]</c>.</summary>
    public string? Variant { get; private set; }

    internal abstract TargetKind Kind { get; }

    internal abstract Type ElementType { get; }

    /// <summary>
    /// Declares parameters (or operator inputs) whose gradient is meant to be zero at this point, such as a layer that is
    /// switched off in this configuration. A block whose analytic and numeric gradients are both zero everywhere has
    /// verified nothing, which fails the check (GG0023) unless it is named here; a mismatch in a named block still fails.
    /// </summary>
    public GradCheckTarget AllowZeroGradient(params string[] names)
    {
        if (names is null || names.Length == 0 || Array.Exists(names, string.IsNullOrWhiteSpace))
        {
            throw new InvalidGradCheckTargetException("AllowZeroGradient was given no name or an empty one: name the parameters or inputs whose gradient is meant to be zero.");
        }

        foreach (var name in names)
        {
            _zeroGradientAllowed.Add(name);
        }

        return this;
    }

    /// <summary>The blocks declared with <see cref="AllowZeroGradient"/>.</summary>
    internal IReadOnlyCollection<string> ZeroGradientAllowed => _zeroGradientAllowed;

    /// <summary>The reason given to <see cref="Skip"/>; null when this target is checked.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The settings given to <see cref="WithSettings"/>, unset ones as the attribute leaves them (NaN, Default).</summary>
    internal TargetSettings Settings { get; private set; } = TargetSettings.None;

    /// <summary>
    /// Settings for this target alone, over those of its <see cref="GradCheckAttribute"/> and the build's GradGate*
    /// properties, for members of a family that need their own (a large member in fast mode, a float32 member with its
    /// own step). Arguments left out keep what the attribute or the build sets; their meaning is the attribute's.
    /// </summary>
    public GradCheckTarget WithSettings(
        GradCheckMode mode = GradCheckMode.Default, double errorThreshold = double.NaN, double warningThreshold = double.NaN, double epsilon = double.NaN)
    {
        Settings = new TargetSettings(mode, errorThreshold, warningThreshold, epsilon);
        return this;
    }

    /// <summary>
    /// Skips this target, reported as skipped with <paramref name="reason"/>: for one member of a family, where the
    /// attribute's <c>Skip</c> would skip them all.
    /// </summary>
    public GradCheckTarget Skip(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidGradCheckTargetException("Skip was given an empty reason: say why the target is skipped, so the report can say it too.");
        }

        SkipReason = reason;
        return this;
    }

    /// <summary>Names this target within a family returned by one <see cref="GradCheckAttribute"/> method.</summary>
    public GradCheckTarget Named(string variant)
    {
        if (string.IsNullOrWhiteSpace(variant))
        {
            throw new InvalidGradCheckTargetException("A target was given an empty variant name: name it or leave it unnamed.");
        }

        Variant = variant;
        return this;
    }

    /// <summary>
    /// A scalar loss over live parameter arrays. The checker perturbs each parameter in place, calls
    /// <paramref name="loss"/>, restores it, and compares the central differences with what
    /// <paramref name="gradients"/> returns at the unperturbed point: one array per parameter name, each as
    /// long as its parameter.
    /// </summary>
    public static LossTarget<T> Loss<T>(NamedArrays<T> parameters, Func<T> loss, Func<IReadOnlyDictionary<string, T[]>> gradients)
        where T : struct
        => new(
            TargetValidation.RequireNotNull(parameters, "parameter set"),
            TargetValidation.RequireNotNull(loss, "loss closure"),
            TargetValidation.RequireNotNull(gradients, "gradient closure"));

    /// <summary>
    /// An operator <c>Y = f(X1..Xk)</c> with its backward pass (a vector-Jacobian product). The checker draws a
    /// seeded random upstream gradient <c>G</c> shaped like <c>Y</c> and checks the scalar <c>sum(f(X) * G)</c>:
    /// <paramref name="backward"/> receives the inputs and <c>G</c> and returns one gradient per input, in order.
    /// </summary>
    public static OperatorTarget<T> Operator<T>(
        NamedArrays<T> inputs,
        Func<IReadOnlyList<T[]>, T[]> forward,
        Func<IReadOnlyList<T[]>, T[], IReadOnlyList<T[]>> backward)
        where T : struct
        => new(
            TargetValidation.RequireNotNull(inputs, "input set"),
            TargetValidation.RequireNotNull(forward, "forward closure"),
            TargetValidation.RequireNotNull(backward, "backward closure"));

    /// <summary>
    /// A one-input operator: <paramref name="backward"/> receives the input and the upstream gradient and
    /// returns the gradient with respect to the input.
    /// </summary>
    public static OperatorTarget<T> Operator<T>(string name, T[] input, Func<T[], T[]> forward, Func<T[], T[], T[]> backward)
        where T : struct
    {
        TargetValidation.RequireNotNull(forward, "forward closure");
        TargetValidation.RequireNotNull(backward, "backward closure");
        var inputs = new NamedArrays<T> { { name, input } };
        return new OperatorTarget<T>(inputs, xs => forward(xs[0]), (xs, upstream) => [backward(xs[0], upstream)]);
    }

    /// <summary>
    /// A gradient over named live parameters with its Hessian-vector product, for second-order methods (Newton, natural
    /// gradient, trust region). The checker compares what <paramref name="hvp"/> returns for a direction (one array per
    /// parameter name, like the gradient) with central differences of <paramref name="gradient"/> along it, for seeded
    /// directions and, in full mode, along every parameter element; and checks that the product is symmetric,
    /// <c>&lt;u, H v&gt; == &lt;H u, v&gt;</c>. Add <see cref="HvpTarget{T}.WithHessian"/> to check a full Hessian too.
    /// </summary>
    public static HvpTarget<T> Hvp<T>(
        NamedArrays<T> parameters,
        Func<IReadOnlyDictionary<string, T[]>> gradient,
        Func<IReadOnlyDictionary<string, T[]>, IReadOnlyDictionary<string, T[]>> hvp)
        where T : struct
        => new(
            TargetValidation.RequireNotNull(parameters, "parameter set"),
            TargetValidation.RequireNotNull(gradient, "gradient closure"),
            TargetValidation.RequireNotNull(hvp, "HVP closure"));

#if NET8_0_OR_GREATER
    /// <summary>
    /// A loss written once for any floating-point type, with its analytic gradient. Instead of finite differences, the checker
    /// evaluates <paramref name="loss"/> with its own dual-number type, which gives the exact derivatives (no step, no truncation,
    /// no cancellation) together with a bound on the rounding they carry, and judges what <paramref name="gradients"/> returns
    /// against them at a tolerance set by rounding alone: an error of 1e-7 relative, which finite differences cannot resolve, fails.
    /// Where the loss is not differentiable at the point (a ReLU at zero, max, abs), the coordinates are reported as inconclusive.
    /// </summary>
    /// <param name="parameters">The live parameters: <paramref name="loss"/> receives them in this order.</param>
    /// <param name="loss">The loss as a generic method, called with <typeparamref name="T"/> and with GradGate's dual numbers.</param>
    /// <param name="gradients">The analytic gradient at the parameters' values, one array per parameter name.</param>
    public static GenericLossTarget<T> GenericLoss<T>(NamedArrays<T> parameters, IGenericLoss loss, Func<IReadOnlyDictionary<string, T[]>> gradients)
        where T : struct, System.Numerics.IFloatingPointIeee754<T>
        => new(
            TargetValidation.RequireNotNull(parameters, "parameter set"),
            TargetValidation.RequireNotNull(loss, "generic loss"),
            TargetValidation.RequireNotNull(gradients, "gradient closure"));
#endif

    /// <summary>
    /// Gradients from one real step at real scale, where finite differences would be too slow: they are
    /// checked only for health (all finite, not all zero, no block entirely zero while others are not).
    /// </summary>
    public static HealthTarget<T> Health<T>(Func<IReadOnlyDictionary<string, T[]>> gradients)
        where T : struct
        => new(TargetValidation.RequireNotNull(gradients, "gradient closure"));
}
