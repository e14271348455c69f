using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Engine.Products;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Checks an operator with a hand-written backward pass through the scalar <c>L(X) = sum(f(X) * G)</c> for a
/// seeded random upstream gradient <c>G</c> (seed 003): forward and backward are deterministic and leave
/// their inputs alone, backward returns one healthy gradient per input, and each matches central
/// differences of <c>L</c>. Optionally compares the full Jacobian as well. Inputs are restored bit for bit.
/// </summary>
internal static class OperatorCheck
{
    private const string AtThePoint = "at the unperturbed point";

    public static void Run<T>(OperatorTarget<T> target, CheckContext context)
        where T : struct, IFloatingPointIeee754<T>
        => SnapshotRun.Run(
            context,
            target.Inputs,
            "The operator target has no inputs: add the input arrays the forward closure reads to its NamedArrays, so the check can perturb them.",
            SnapshotRun.Input,
            snapshot => Check(target, context, snapshot));

    private static void Check<T>(OperatorTarget<T> target, CheckContext context, ArraySnapshot<T> snapshot)
        where T : struct, IFloatingPointIeee754<T>
    {
        var inputs = target.Inputs;
        var forward = new OperatorForward<T>(context, target.Forward, inputs);
        var first = forward.Output();
        if (MutationCheck.Changed(context, snapshot, inputs, OperatorForward<T>.Closure, "input", stops: true)
            || !IsUsableOutput(context, first)
            || !FitsOutputShape(context, first.Length, target.OutputShape))
        {
            return;
        }

        var second = forward.Output();
        if (MutationCheck.Changed(context, snapshot, inputs, OperatorForward<T>.Closure, "input", stops: true)
            || !IsDeterministicOutput(context, Widen.ToDoubles(first), Widen.ToDoubles(second)))
        {
            return;
        }

        var upstream = UpstreamGradient.Draw<T>(first.Length, context.Settings.Seed);
        var backward = new OperatorBackward<T>(context, target.Backward, inputs, forward.Inputs, snapshot);
        var analytic = backward.Gradients(upstream, AtThePoint);
        var again = analytic is null ? null : backward.Gradients(upstream, "when called a second time at the same point");
        if (analytic is null || again is null || !IsDeterministicBackward(context, inputs, analytic, again))
        {
            return;
        }

        var blocks = inputs.Select((input, index) => new GradientBlock(
            input.Name,
            $"Gradient of input '{input.Name}'",
            input.Shape,
            new ArrayCoordinateNaming(input.Name, input.Shape),
            analytic[index],
            $"the gradient the backward closure returns for input '{input.Name}'")).ToList();
        var health = HealthJudge.Judge(context, blocks, "analytic gradient", judgeZeroBlocks: false);

        var weights = Widen.ToDoubles(upstream);
        var workers = Replicas.ForOperator(context, target, new UpstreamProjection<T>(forward, weights), weights);
        var summary = GradientComparison.Compare(context, blocks, health, workers, snapshot.Saved, "scalar sum(f(X) * G)");
        VacuityJudge.Judge(context, blocks, target.ZeroGradientAllowed, "output", _ => Reach.Unknown);
        context.RelativeError = summary.Norms?.RelativeError(context.Settings.Delta);
        context.MaxElementRelativeError = summary.MaxElementRelativeError;
        var mismatchesWithinNoise = summary.MismatchesWithinNoise.ToList();
        var vanishedSteps = summary.VanishedSteps;
        if (target.ChecksFullJacobian && JacobianCheck.Run(context, inputs, forward, backward, target.OutputShape ?? [first.Length]) is { } jacobian)
        {
            mismatchesWithinNoise.AddRange(jacobian.MismatchesWithinNoise);
            vanishedSteps += jacobian.VanishedSteps;
        }

        if (target.Jvp is { } jvp)
        {
            var product = new OperatorJvp<T>(context, jvp, inputs, forward.Inputs, snapshot, first.Length);
            forward.Activity = "while comparing the JVP with central differences of the output";
            if (ProductComparison.Run(context, inputs, snapshot.Saved, forward, first.Length, product, JvpDescription(first.Length)) is { Summary: { } jvpSummary } directions)
            {
                mismatchesWithinNoise.AddRange(jvpSummary.MismatchesWithinNoise);
                vanishedSteps += jvpSummary.VanishedSteps;
                AdjointTest.Judge(context, AdjointPairs(weights, analytic, directions), JvpAgainstVjp);
            }
        }

        PrecisionAdvisor.Advise(context, mismatchesWithinNoise, vanishedSteps);
    }

    private static readonly AdjointWording JvpAgainstVjp = new(
        "The JVP and the backward closure",
        "one of them computes a different derivative than the other. Where the comparisons with central differences above find no "
            + "mismatch, the inconsistency is too small for them to resolve: look for a term the two compute differently (a constant "
            + "rounded differently, an epsilon added in one and not the other, a scale factor applied twice).");

    /// <summary><c>&lt;G, J t&gt;</c> against <c>&lt;J^T G, t&gt;</c> for every tangent the JVP was compared along.</summary>
    private static List<AdjointPair> AdjointPairs<T>(double[] upstream, double[][] vjp, ProductDirections<T> directions)
        where T : struct, IFloatingPointIeee754<T>
    {
        var reverse = vjp.SelectMany(block => block).ToArray();
        return directions.Pairs.Select((pair, index) => new AdjointPair(
            upstream,
            pair.Product,
            reverse,
            pair.Tangent.SelectMany(Widen.ToDoubles).ToArray(),
            $"<G, J t{index + 1}>",
            $"<J^T G, t{index + 1}>")).ToList();
    }

    private static ProductDescription JvpDescription(int outputs) => new(
        "JVP",
        OperatorJvp<double>.Closure,
        "output",
        new ArrayCoordinateNaming("Y", [outputs]),
        [outputs],
        (row, column) => $"d{row}/d{column}",
        input => $"JVP dY/d{input}");

    /// <summary>An empty or non-finite output at the point leaves nothing to judge.</summary>
    /// <summary>An output shape given with WithOutputShape must hold exactly the values forward returns.</summary>
    private static bool FitsOutputShape(CheckContext context, int outputLength, IReadOnlyList<int>? shape)
    {
        if (shape is null || shape.Aggregate(1L, (product, dimension) => product * dimension) == outputLength)
        {
            return true;
        }

        ReportInvalid(context, $"The {OperatorForward<double>.Closure} returned {outputLength} values, but the output shape "
            + $"[{string.Join(",", shape)}] given with WithOutputShape holds {shape.Aggregate(1L, (product, dimension) => product * dimension)}: "
            + "give the shape of the output forward returns (flat, row-major), or leave WithOutputShape out.");
        return false;
    }

    private static bool IsUsableOutput<T>(CheckContext context, T[] output)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (output.Length == 0)
        {
            ReportInvalid(context, $"The {OperatorForward<T>.Closure} returned an empty output: return at least one value, "
                + "or check this operator where it has an output.");
            return false;
        }

        var report = GradientHealth.Inspect(Widen.ToDoubles(output));
        if (report.AllFinite)
        {
            return true;
        }

        context.Findings.Add(
            DiagnosticCodes.NonFinite,
            Severity.Error,
            $"The forward output holds {report.NaNCount} NaN and {report.PositiveInfinityCount + report.NegativeInfinityCount} infinite values "
                + $"of {report.Count} (first at Y[{report.FirstNonFiniteIndex}]) at the unperturbed point, so no gradient can be judged. "
                + "Check the forward closure for log of zero, 0/0 or overflow at these inputs, or check it at other inputs.");
        return false;
    }

    private static bool IsDeterministicOutput(CheckContext context, double[] first, double[] second)
    {
        var index = Nondeterminism.FirstDifference(context.Precision.RoundingPerUnit, first, second);
        if (index < 0)
        {
            return true;
        }

        context.Findings.Add(
            DiagnosticCodes.Nondeterministic,
            Severity.Error,
            $"The forward closure returns different outputs for the same inputs (Y[{index}]: {Numbers.Exact(first[index])} then "
                + $"{Numbers.Exact(second[index])}, beyond rounding), so finite differences of it mean nothing. Turn off dropout, use fixed "
                + "batch statistics (evaluation mode), and seed or remove any other randomness inside the operator.",
            magnitude: Math.Abs(first[index] - second[index]));
        return false;
    }

    private static bool IsDeterministicBackward<T>(CheckContext context, NamedArrays<T> inputs, double[][] first, double[][] second)
        where T : struct, IFloatingPointIeee754<T>
    {
        for (var block = 0; block < inputs.Count; block++)
        {
            var index = Nondeterminism.FirstDifference(context.Precision.RoundingPerUnit, first[block], second[block]);
            if (index >= 0)
            {
                var label = new ArrayCoordinateNaming(inputs[block].Name, inputs[block].Shape).Label(index);
                context.Findings.Add(
                    DiagnosticCodes.Nondeterministic,
                    Severity.Error,
                    $"The backward closure returns different gradients for the same inputs and upstream gradient (at {label}: "
                        + $"{Numbers.Exact(first[block][index])} then {Numbers.Exact(second[block][index])}), so its gradient cannot be judged. "
                        + "Make backward a function of its arguments only: do not accumulate into a buffer kept between calls, and seed or "
                        + "remove any randomness.",
                    inputs[block].Name,
                    Math.Abs(first[block][index] - second[block][index]));
                return false;
            }
        }

        return true;
    }

    private static void ReportInvalid(CheckContext context, string message, string? block = null)
        => context.Findings.Add(DiagnosticCodes.InvalidTarget, Severity.Error, message, block);
}
