using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>Detects a closure that left the live arrays changed (GG0007) and puts them back.</summary>
internal static class MutationCheck
{
    /// <param name="noun">What the live arrays are: <c>parameter</c> or <c>input</c>.</param>
    /// <param name="stops">Whether the check stops because of it (a changing loss makes every difference meaningless).</param>
    /// <returns>True when the closure changed something.</returns>
    public static bool Changed<T>(CheckContext context, ArraySnapshot<T> snapshot, NamedArrays<T> live, string closure, string noun, bool stops)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (snapshot.FindChange() is not { } change)
        {
            return false;
        }

        snapshot.Restore();
        var array = live[change.Block];
        var label = new ArrayCoordinateNaming(array.Name, array.Shape).Label(change.Position);
        var consequence = stops
            ? "The values were restored and the check stopped: every finite difference would have been taken at a moving point."
            : "The values were restored and the check went on from the original point.";
        context.Findings.Add(
            DiagnosticCodes.MutatedInput,
            Severity.Error,
            $"The {closure} changed {noun} {array.Name} (first at {label}: {Numbers.Exact(change.Before)} before the call, "
                + $"{Numbers.Exact(change.After)} after it); a {closure} must only read its {noun}s. {consequence} Move the update "
                + $"(an optimiser step, an in-place operation, a running statistic) out of the {closure}.",
            array.Name);
        return true;
    }
}
