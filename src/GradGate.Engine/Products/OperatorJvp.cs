using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// The JVP closure of an operator target: called through <see cref="ClosureCalls"/> on the live inputs, its product
/// captured as doubles and checked for the output's length, and checked for changing the inputs or the tangent it was
/// given (GG0007, reported once each; the values are put back every time).
/// </summary>
internal sealed class OperatorJvp<T>(
    CheckContext context,
    Func<IReadOnlyList<T[]>, IReadOnlyList<T[]>, T[]> jvp,
    NamedArrays<T> inputs,
    IReadOnlyList<T[]> liveInputs,
    ArraySnapshot<T> snapshot,
    int outputs) : ITangentProduct<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "JVP closure";

    private bool _inputChangeReported;
    private bool _tangentChangeReported;

    public double[]? Along(T[][] tangent, string activity)
    {
        var saved = tangent.Select(values => (T[])values.Clone()).ToArray();
        var returned = ClosureCalls.Invoke(context, Closure, activity, jvp, liveInputs, tangent);
        if (_inputChangeReported)
        {
            snapshot.Restore();
        }
        else
        {
            _inputChangeReported = MutationCheck.Changed(context, snapshot, inputs, Closure, "input", stops: false);
        }

        RestoreTangent(tangent, saved);
        if (returned is not null && returned.Length == outputs)
        {
            return Widen.ToDoubles(returned);
        }

        var found = returned is null ? "null" : $"{returned.Length} values";
        context.Findings.Add(
            DiagnosticCodes.InvalidTarget,
            Severity.Error,
            $"The {Closure} returned {found} {activity}, but the forward closure returns {outputs}: return J v shaped like the output, "
                + "one value per output value in its row-major order.");
        return null;
    }

    private void RestoreTangent(T[][] tangent, T[][] saved)
    {
        for (var block = 0; block < tangent.Length; block++)
        {
            var changed = saved[block].AsSpan().CommonPrefixLength(tangent[block]);
            if (changed == saved[block].Length)
            {
                continue;
            }

            if (!_tangentChangeReported)
            {
                _tangentChangeReported = true;
                var label = new ArrayCoordinateNaming(inputs[block].Name, inputs[block].Shape).Label(changed);
                context.Findings.Add(
                    DiagnosticCodes.MutatedInput,
                    Severity.Error,
                    $"The {Closure} changed the tangent it was given for input '{inputs[block].Name}' (first at {label}: "
                        + $"{Numbers.Exact(double.CreateTruncating(saved[block][changed]))} before the call, "
                        + $"{Numbers.Exact(double.CreateTruncating(tangent[block][changed]))} after it); a JVP must only read its tangents. "
                        + "It was restored and the check went on. Write the product into a new array instead of into the tangent.",
                    inputs[block].Name);
            }

            saved[block].AsSpan().CopyTo(tangent[block]);
        }
    }
}
