using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Checks a loss over named parameters: the loss is sound at the point (finite, deterministic, leaves its
/// parameters alone), the analytic gradient fits the parameters and is healthy, and it matches central
/// differences block by block. The parameters are restored bit for bit whatever happens.
/// </summary>
internal static class LossCheck
{
    private const string GradientClosure = "gradient closure";
    private const string AtThePoint = "at the unperturbed point";

    public static void Run<T>(LossTarget<T> target, CheckContext context)
        where T : struct, IFloatingPointIeee754<T>
        => SnapshotRun.Run(
            context,
            target.Parameters,
            "The loss target has no parameters: add the live parameter arrays the loss reads to its NamedArrays, so the check can perturb them.",
            SnapshotRun.Parameter,
            snapshot => Check(target, context, snapshot));

    private static void Check<T>(LossTarget<T> target, CheckContext context, ArraySnapshot<T> snapshot)
        where T : struct, IFloatingPointIeee754<T>
    {
        var parameters = target.Parameters;
        var loss = new LossObjective<T>(context, target.LossFunction);
        var first = loss.Evaluate();
        if (MutationCheck.Changed(context, snapshot, parameters, LossObjective<T>.Closure, "parameter", stops: true))
        {
            return;
        }

        var second = loss.Evaluate();
        if (MutationCheck.Changed(context, snapshot, parameters, LossObjective<T>.Closure, "parameter", stops: true)
            || !IsSound(context, first.Value, second.Value))
        {
            return;
        }

        var returned = ClosureCalls.Invoke(context, GradientClosure, AtThePoint, target.GradientFunction);
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

        var summary = GradientComparison.Compare(context, blocks, health, Replicas.ForLoss(context, target, loss), snapshot.Saved, "loss");
        VacuityJudge.Judge(
            context,
            blocks,
            target.ZeroGradientAllowed,
            "loss",
            index => ReachProbe.Probe(parameters[index].Values, () => double.CreateTruncating(target.LossFunction())));
        context.RelativeError = summary.Norms?.RelativeError(context.Settings.Delta);
        context.MaxElementRelativeError = summary.MaxElementRelativeError;
        PrecisionAdvisor.Advise(context, summary.MismatchesWithinNoise, summary.VanishedSteps);
    }

    /// <summary>A loss that is not finite or not deterministic at the point leaves nothing to judge.</summary>
    private static bool IsSound(CheckContext context, double first, double second)
    {
        if (!double.IsFinite(first))
        {
            context.Findings.Add(
                DiagnosticCodes.NonFinite,
                Severity.Error,
                $"The loss is {Numbers.Exact(first)} at the unperturbed point, so no gradient can be judged. Check the loss for log of zero, "
                    + "0/0 or overflow at these parameter values, or check it at other values.");
            return false;
        }

        if (Nondeterminism.BeyondRounding(context.Precision.RoundingPerUnit, first, second))
        {
            context.Findings.Add(
                DiagnosticCodes.Nondeterministic,
                Severity.Error,
                $"The loss differs between two evaluations at the same point ({Numbers.Exact(first)} then {Numbers.Exact(second)}, beyond "
                    + "rounding), so finite differences of it mean nothing. Turn off dropout, use fixed batch statistics (evaluation mode), "
                    + "and seed or remove any other randomness inside the loss.",
                magnitude: Math.Abs(first - second));
            return false;
        }

        return true;
    }
}
