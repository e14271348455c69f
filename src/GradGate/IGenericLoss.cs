#if NET8_0_OR_GREATER
using System.Numerics;

namespace GradGate;

/// <summary>
/// A loss written once for every floating-point type: C# lambdas cannot be generic, so a generic loss is a class with this
/// generic method. GradGate calls it with the target's own element type and with its dual numbers, which carry exact
/// derivatives; write it with the operators and the static members of its type parameter only
/// (<c>TNumber.Exp</c>, <c>TNumber.CreateTruncating(0.5)</c>), never through <c>double</c>, or the derivative is lost.
/// </summary>
/// <example>
/// <code>
/// sealed class Quadratic : IGenericLoss
/// {
///     public TNumber Loss&lt;TNumber&gt;(IReadOnlyList&lt;TNumber[]&gt; parameters) where TNumber : IFloatingPointIeee754&lt;TNumber&gt;
///         =&gt; parameters[0].Aggregate(TNumber.Zero, (sum, x) =&gt; sum + (x * x));
/// }
/// </code>
/// </example>
public interface IGenericLoss
{
    /// <summary>The loss at <paramref name="parameters"/>: one array per parameter of the target, in its order, shaped like it.</summary>
    TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
        where TNumber : IFloatingPointIeee754<TNumber>;
}
#endif
