using GradGate.Results;

namespace GradGate.Gate.BuildLog;

/// <summary>
/// Orders failed checks smallest target first: by the coordinates of their blocks (a loss's parameters, an operator's
/// inputs and Jacobian). When a network's check fails together with the check of an operator it uses, the operator's is
/// the smaller and comes first, since the smallest failing unit is where to look. A check with no blocks (its target
/// could not be run) counts as none, and comes first.
/// </summary>
internal static class SmallestFirst
{
    public static long Key(CheckResult check) => check.Blocks.Sum(block => (long)block.Length);
}
