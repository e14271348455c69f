using System.Numerics;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// What every check over live arrays (a loss's parameters, an operator's inputs) does first: it refuses a target with no
/// arrays or an empty one (GG0014), then runs on a snapshot of them and puts every bit back, whatever happens.
/// </summary>
internal static class SnapshotRun
{
    /// <param name="noArrays">The message when the target has no arrays, saying what to add.</param>
    /// <param name="arrayNoun">How the message names an empty array: <c>parameter W1</c>, <c>input 'x'</c>.</param>
    public static void Run<T>(CheckContext context, NamedArrays<T> arrays, string noArrays, Func<string, string> arrayNoun, Action<ArraySnapshot<T>> check)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (arrays.Count == 0)
        {
            context.Findings.Add(DiagnosticCodes.InvalidTarget, Severity.Error, noArrays);
            return;
        }

        if (arrays.FirstOrDefault(array => array.Values.Count == 0) is { } empty)
        {
            context.Findings.Add(
                DiagnosticCodes.InvalidTarget,
                Severity.Error,
                $"The {arrayNoun(empty.Name)} has no elements: give it its values, or leave it out of the target.",
                empty.Name);
            return;
        }

        var snapshot = new ArraySnapshot<T>(arrays);
        try
        {
            check(snapshot);
        }
        finally
        {
            snapshot.Restore();
        }
    }

    public static string Parameter(string name) => $"parameter {name}";

    public static string Input(string name) => $"input '{name}'";
}
