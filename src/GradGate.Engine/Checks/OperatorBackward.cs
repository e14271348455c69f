using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// The backward closure of an operator target: called through <see cref="ClosureCalls"/>, its gradients
/// captured as doubles, and checked for changing the inputs or the upstream gradient it was given (GG0007,
/// reported once; the values are put back every time).
/// </summary>
internal sealed class OperatorBackward<T>(
    CheckContext context,
    Func<IReadOnlyList<T[]>, T[], IReadOnlyList<T[]>> backward,
    NamedArrays<T> inputs,
    IReadOnlyList<T[]> liveInputs,
    ArraySnapshot<T> snapshot)
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "backward closure";

    private bool _inputChangeReported;
    private bool _upstreamChangeReported;

    /// <returns>One gradient per input, or null when what backward returned does not fit the inputs (the findings say why).</returns>
    public double[][]? Gradients(T[] upstream, string activity)
    {
        var saved = (T[])upstream.Clone();
        var returned = ClosureCalls.Invoke(context, Closure, activity, backward, liveInputs, upstream);
        var gradients = ClosureCalls.Read(Closure, "while its result was read", () => GradientCapture.FromList(context, returned, inputs, Closure));
        if (_inputChangeReported)
        {
            snapshot.Restore();
        }
        else
        {
            _inputChangeReported = MutationCheck.Changed(context, snapshot, inputs, Closure, "input", stops: false);
        }

        var changed = saved.AsSpan().CommonPrefixLength(upstream);
        if (changed < saved.Length)
        {
            ReportUpstreamChange(changed, saved[changed], upstream[changed]);
            saved.AsSpan().CopyTo(upstream);
        }

        return gradients;
    }

    private void ReportUpstreamChange(int position, T before, T after)
    {
        if (_upstreamChangeReported)
        {
            return;
        }

        _upstreamChangeReported = true;
        context.Findings.Add(
            DiagnosticCodes.MutatedInput,
            Severity.Error,
            $"The {Closure} changed the upstream gradient it was given (first at G[{position}]: {double.CreateTruncating(before)} before the "
                + $"call, {double.CreateTruncating(after)} after it); backward must only read G, which its caller may reuse. It was restored "
                + "and the check went on. Write the result into a new array instead of into G.");
    }
}
