using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// Checks a second-order target: the gradient closure is sound at the point (it fits the parameters, is finite and
/// deterministic, and leaves the parameters alone), its Hessian-vector product matches central differences of the gradient
/// (<see cref="ProductComparison"/>), the product is symmetric (the adjoint test <c>&lt;t1, H t2&gt; == &lt;H t1, t2&gt;</c>),
/// and a full Hessian, when given, matches entry by entry and is symmetric (<see cref="HessianCheck"/>). The parameters are
/// restored bit for bit whatever happens.
/// </summary>
internal static class HvpCheck
{
    private static readonly AdjointWording Symmetry = new(
        "The HVP's products",
        "the Hessian-vector product is not symmetric, <t1, H t2> != <H t1, t2>, which no Hessian of a twice-differentiable loss allows. "
            + "Look for a mixed second derivative computed for one of the two parameters only, or a term whose transpose is missing.");

    public static void Run<T>(HvpTarget<T> target, CheckContext context)
        where T : struct, IFloatingPointIeee754<T>
        => SnapshotRun.Run(
            context,
            target.Parameters,
            "The second-order target has no parameters: add the live parameter arrays the gradient reads to its NamedArrays, so the check can move them.",
            SnapshotRun.Parameter,
            snapshot => Check(target, context, snapshot));

    private static void Check<T>(HvpTarget<T> target, CheckContext context, ArraySnapshot<T> snapshot)
        where T : struct, IFloatingPointIeee754<T>
    {
        var parameters = target.Parameters;
        var gradient = new GradientOutput<T>(context, target.GradientFunction, parameters);
        if (!IsSound(context, parameters, snapshot, gradient))
        {
            return;
        }

        var rows = new ConcatenatedNaming(parameters.Select(parameter => (parameter.Name, parameter.Shape, parameter.Values.Count)));
        var size = parameters.Sum(parameter => parameter.Values.Count);
        var product = new HessianProduct<T>(context, target.HvpFunction, parameters, snapshot);
        gradient.Activity = "while comparing the HVP with central differences of the gradient";
        var mismatchesWithinNoise = new List<string>();
        var vanishedSteps = 0;
        if (ProductComparison.Run(context, parameters, snapshot.Saved, gradient, size, product, Description(rows, size)) is { Summary: { } summary } directions)
        {
            (context.RelativeError, context.MaxElementRelativeError) = (summary.Norms?.RelativeError(context.Settings.Delta), summary.MaxElementRelativeError);
            mismatchesWithinNoise.AddRange(summary.MismatchesWithinNoise);
            vanishedSteps += summary.VanishedSteps;
            AdjointTest.Judge(context, SymmetryPairs(directions), Symmetry);
        }

        if (target.HessianFunction is { } hessian && HessianCheck.Run(context, hessian, parameters, snapshot, gradient, rows) is { } full)
        {
            mismatchesWithinNoise.AddRange(full.MismatchesWithinNoise);
            vanishedSteps += full.VanishedSteps;
        }

        PrecisionAdvisor.Advise(context, mismatchesWithinNoise, vanishedSteps);
    }

    /// <summary>A gradient that does not fit, is not finite, changes between calls or changes the parameters leaves nothing to judge.</summary>
    private static bool IsSound<T>(CheckContext context, NamedArrays<T> parameters, ArraySnapshot<T> snapshot, GradientOutput<T> gradient)
        where T : struct, IFloatingPointIeee754<T>
    {
        var first = gradient.Blocks();
        if (MutationCheck.Changed(context, snapshot, parameters, GradientOutput<T>.Closure, "parameter", stops: true) || first is null)
        {
            return false;
        }

        var blocks = parameters.Select((parameter, index) => new GradientBlock(
            parameter.Name,
            $"Gradient of {parameter.Name}",
            parameter.Shape,
            new ArrayCoordinateNaming(parameter.Name, parameter.Shape),
            first[index],
            $"the {GradientOutput<T>.Closure}")).ToList();
        if (HealthJudge.Judge(context, blocks, "gradient", judgeLife: false).Contains(Verdict.Failed))
        {
            return false;
        }

        gradient.Activity = "when called a second time at the same point";
        var second = gradient.Blocks();
        if (MutationCheck.Changed(context, snapshot, parameters, GradientOutput<T>.Closure, "parameter", stops: true) || second is null)
        {
            return false;
        }

        for (var block = 0; block < parameters.Count; block++)
        {
            var index = Nondeterminism.FirstDifference(context.Precision.RoundingPerUnit, first[block], second[block]);
            if (index >= 0)
            {
                context.Findings.Add(
                    DiagnosticCodes.Nondeterministic,
                    Severity.Error,
                    $"The {GradientOutput<T>.Closure} returns different gradients at the same point (at {blocks[block].Naming.Label(index)}: "
                        + $"{Numbers.Exact(first[block][index])} then {Numbers.Exact(second[block][index])}, beyond rounding), so finite differences of it "
                        + "mean nothing. Turn off dropout, use fixed batch statistics, and seed or remove any other randomness.",
                    parameters[block].Name,
                    Math.Abs(first[block][index] - second[block][index]));
                return false;
            }
        }

        return true;
    }

    /// <summary><c>&lt;t_a, H t_b&gt;</c> against <c>&lt;H t_a, t_b&gt;</c> for every two tangents the product was compared along.</summary>
    private static List<AdjointPair> SymmetryPairs<T>(ProductDirections<T> directions)
        where T : struct, IFloatingPointIeee754<T>
    {
        var pairs = new List<AdjointPair>();
        var tangents = directions.Pairs.Select(pair => pair.Tangent.SelectMany(Widen.ToDoubles).ToArray()).ToList();
        for (var a = 0; a < tangents.Count; a++)
        {
            for (var b = a + 1; b < tangents.Count; b++)
            {
                pairs.Add(new AdjointPair(
                    tangents[a], directions.Pairs[b].Product, directions.Pairs[a].Product, tangents[b], $"<t{a + 1}, H t{b + 1}>", $"<H t{a + 1}, t{b + 1}>"));
            }
        }

        return pairs;
    }

    private static ProductDescription Description(CoordinateNaming rows, int size) => new(
        "HVP",
        HessianProduct<double>.Closure,
        "gradient",
        rows,
        [size],
        HessianCheck.Entry,
        parameter => $"HVP H[:,{parameter}]");
}
