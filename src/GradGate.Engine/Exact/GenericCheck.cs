using System.Numerics;
using System.Runtime.CompilerServices;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Results;

namespace GradGate.Engine.Exact;

/// <summary>
/// Checks a generic-math loss: the loss is sound at the point in its own element type (finite, deterministic, leaves the
/// parameters alone), the analytic gradient fits and is healthy, and it matches the exact derivatives of the loss evaluated with
/// dual numbers at a tolerance set by rounding alone (<see cref="ExactComparison"/>). The parameters are restored bit for bit.
/// </summary>
/// <remarks>
/// Generic targets exist only in the API's net8.0 build: a project on an older framework (or netstandard2.0) runs the engine
/// against the netstandard2.0 build of GradGate.dll, which has no such types. So <see cref="GradientChecker"/> reaches this class
/// only for a target whose kind is generic, through methods that are never inlined into its own: their references to the
/// generic types are resolved only when they run.
/// </remarks>
internal static class GenericCheck
{
    private const string GradientClosure = "gradient closure";

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run(GradCheckTarget target, CheckContext context)
    {
        switch (target)
        {
            case GenericLossTarget<double> generic:
                Run(generic, context);
                break;
            case GenericLossTarget<float> generic:
                Run(generic, context);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Coordinates(GradCheckTarget target) => target switch
    {
        GenericLossTarget<double> generic => generic.Parameters.Sum(parameter => parameter.Values.Count),
        GenericLossTarget<float> generic => generic.Parameters.Sum(parameter => parameter.Values.Count),
        _ => 0,
    };

    private static void Run<T>(GenericLossTarget<T> target, CheckContext context)
        where T : struct, IFloatingPointIeee754<T>
        => SnapshotRun.Run(
            context,
            target.Parameters,
            "The generic loss target has no parameters: add the live parameter arrays the loss reads to its NamedArrays, so the check can move them.",
            SnapshotRun.Parameter,
            snapshot => Check(target, context, snapshot));

    private static void Check<T>(GenericLossTarget<T> target, CheckContext context, ArraySnapshot<T> snapshot)
        where T : struct, IFloatingPointIeee754<T>
    {
        var parameters = target.Parameters;
        var live = parameters.Select(parameter => parameter.Values.Array!).ToArray();
        var first = double.CreateTruncating(ClosureCalls.Invoke(context, ExactReference<T>.Closure, "at the unperturbed point", () => target.Loss.Loss<T>(live)));
        if (MutationCheck.Changed(context, snapshot, parameters, ExactReference<T>.Closure, "parameter", stops: true))
        {
            return;
        }

        var second = double.CreateTruncating(ClosureCalls.Invoke(context, ExactReference<T>.Closure, "when called a second time", () => target.Loss.Loss<T>(live)));
        if (!IsSound(context, first, second))
        {
            return;
        }

        var returned = ClosureCalls.Invoke(context, GradientClosure, "at the unperturbed point", target.GradientFunction);
        var analytic = ClosureCalls.Read($"dictionary the {GradientClosure} returned", () => GradientCapture.FromDictionary(context, returned, parameters, GradientClosure));
        MutationCheck.Changed(context, snapshot, parameters, GradientClosure, "parameter", stops: false);
        if (analytic is null)
        {
            return;
        }

        var blocks = parameters.Select((parameter, index) => new GradientBlock(
            parameter.Name,
            $"Gradient of {parameter.Name}",
            parameter.Shape,
            new ArrayCoordinateNaming(parameter.Name, parameter.Shape),
            analytic[index],
            $"the backward pass that computes d{parameter.Name}")).ToList();
        var health = HealthJudge.Judge(context, blocks, "analytic gradient", judgeZeroBlocks: false);
        ExactComparison.Compare(context, blocks, health, new ExactReference<T>(context, target.Loss, snapshot.Saved));
    }

    private static bool IsSound(CheckContext context, double first, double second)
    {
        if (!double.IsFinite(first))
        {
            context.Findings.Add(
                DiagnosticCodes.NonFinite,
                Severity.Error,
                $"The generic loss is {Numbers.Exact(first)} at the unperturbed point, so no gradient can be judged. Check it for log of zero, 0/0 or "
                    + "overflow at these parameter values, or check it at other values.");
            return false;
        }

        if (Nondeterminism.BeyondRounding(context.Precision.RoundingPerUnit, first, second))
        {
            context.Findings.Add(
                DiagnosticCodes.Nondeterministic,
                Severity.Error,
                $"The generic loss differs between two evaluations at the same point ({Numbers.Exact(first)} then {Numbers.Exact(second)}, beyond rounding), "
                    + "so it has no derivative to compare with. Seed or remove any randomness inside it.",
                magnitude: Math.Abs(first - second));
            return false;
        }

        return true;
    }
}
