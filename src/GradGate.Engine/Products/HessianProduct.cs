using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// The HVP closure of a second-order target: given the direction as one array per parameter name, its product is captured
/// like a gradient (one array per parameter, GG0014 when it does not fit) and laid end to end; a closure that changes the
/// parameters or the direction is reported once each (GG0007) and the values put back.
/// </summary>
internal sealed class HessianProduct<T>(
    CheckContext context,
    Func<IReadOnlyDictionary<string, T[]>, IReadOnlyDictionary<string, T[]>> hvp,
    NamedArrays<T> parameters,
    ArraySnapshot<T> snapshot) : ITangentProduct<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "HVP closure";

    private bool _parameterChangeReported;
    private bool _directionChangeReported;

    public double[]? Along(T[][] tangent, string activity)
    {
        var direction = parameters.Select((parameter, index) => (parameter.Name, Values: (T[])tangent[index].Clone())).ToDictionary(pair => pair.Name, pair => pair.Values);
        var returned = ClosureCalls.Invoke(context, Closure, activity, hvp, (IReadOnlyDictionary<string, T[]>)direction);
        var product = ClosureCalls.Read($"dictionary the {Closure} returned", () => GradientCapture.FromDictionary(context, returned, parameters, Closure));
        if (_parameterChangeReported)
        {
            snapshot.Restore();
        }
        else
        {
            _parameterChangeReported = MutationCheck.Changed(context, snapshot, parameters, Closure, "parameter", stops: false);
        }

        ReportDirectionChange(tangent, direction);
        return product?.SelectMany(block => block).ToArray();
    }

    private void ReportDirectionChange(T[][] tangent, Dictionary<string, T[]> direction)
    {
        for (var block = 0; block < tangent.Length && !_directionChangeReported; block++)
        {
            var given = tangent[block];
            var after = direction[parameters[block].Name];
            var changed = given.AsSpan().CommonPrefixLength(after);
            if (changed < given.Length)
            {
                _directionChangeReported = true;
                var label = new ArrayCoordinateNaming(parameters[block].Name, parameters[block].Shape).Label(changed);
                context.Findings.Add(
                    DiagnosticCodes.MutatedInput,
                    Severity.Error,
                    $"The {Closure} changed the direction it was given for {parameters[block].Name} (first at {label}: "
                        + $"{Numbers.Exact(double.CreateTruncating(given[changed]))} before the call, {Numbers.Exact(double.CreateTruncating(after[changed]))} "
                        + "after it); an HVP must only read its direction, which its caller may reuse. The check went on with the direction as given. "
                        + "Write the product into new arrays instead of into the direction.",
                    parameters[block].Name);
            }
        }
    }
}
