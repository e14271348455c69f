#if NET8_0_OR_GREATER
using System.Numerics;

namespace GradGate;

/// <summary>A generic-math loss with its analytic gradient; see <see cref="GradCheckTarget.GenericLoss{T}"/>.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class GenericLossTarget<T> : GradCheckTarget
    where T : struct, IFloatingPointIeee754<T>
{
    internal GenericLossTarget(NamedArrays<T> parameters, IGenericLoss loss, Func<IReadOnlyDictionary<string, T[]>> gradients)
    {
        TargetValidation.RequireSupportedElementType<T>();
        if (parameters.FirstOrDefault(parameter => !parameter.IsWholeArray) is { } view)
        {
            throw new InvalidGradCheckTargetException(
                $"The parameter '{view.Name}' is a view into a larger buffer, but a generic loss receives its parameters as arrays: give it a whole array (a copy of the view).");
        }

        Parameters = parameters;
        Loss = loss;
        GradientFunction = gradients;
    }

    internal NamedArrays<T> Parameters { get; }

    internal IGenericLoss Loss { get; }

    internal Func<IReadOnlyDictionary<string, T[]>> GradientFunction { get; }

    internal override TargetKind Kind => TargetKind.Generic;

    internal override Type ElementType => typeof(T);
}
#endif
