using System.Numerics;

namespace GradGate.Engine.Products;

/// <summary>The analytic side of a product check: a target's derivative of a vector function along a tangent (a JVP, an HVP).</summary>
internal interface ITangentProduct<T>
    where T : struct, IFloatingPointIeee754<T>
{
    /// <summary>Calls the target's closure with <paramref name="tangent"/> (one array per live array).</summary>
    /// <param name="activity">What the check is doing, for messages: <c>along tangent t1</c>.</param>
    /// <returns>The product, flat, as long as the function's value; null when what the closure returned does not fit (the findings say why).</returns>
    double[]? Along(T[][] tangent, string activity);
}
