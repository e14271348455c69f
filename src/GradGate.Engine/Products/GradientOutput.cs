using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// The gradient closure of a second-order target as a vector function of the live parameters: every parameter's gradient
/// laid end to end, in the order of the parameters, so that its central differences are the Hessian's columns.
/// </summary>
internal sealed class GradientOutput<T>(CheckContext context, Func<IReadOnlyDictionary<string, T[]>> gradient, NamedArrays<T> parameters)
    : IVectorObjective<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "gradient closure";

    /// <summary>What the check is doing, for the message when the closure throws or returns something that does not fit.</summary>
    public string Activity { get; set; } = "at the unperturbed point";

    /// <summary>The gradient, one array per parameter, or null when it does not fit the parameters (the findings say why).</summary>
    public double[][]? Blocks()
    {
        var returned = ClosureCalls.Invoke(context, Closure, Activity, gradient);
        return ClosureCalls.Read($"dictionary the {Closure} returned", () => GradientCapture.FromDictionary(context, returned, parameters, Closure));
    }

    public T[] Output()
    {
        if (Blocks() is { } blocks)
        {
            return blocks.SelectMany(block => block).Select(T.CreateTruncating).ToArray();
        }

        throw new CheckAbortedException(new Finding
        {
            Code = DiagnosticCodes.InvalidTarget,
            Severity = Severity.Error,
            Message = $"The {Closure} stopped returning a gradient that fits the parameters {Activity}: return one array per parameter on every call.",
        });
    }
}
