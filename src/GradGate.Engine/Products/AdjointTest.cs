using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// The adjoint (dot-product) test: for products <c>P</c> and <c>Q</c> that must be each other's transpose (an operator's JVP
/// and its backward pass; a Hessian-vector product and itself), <c>&lt;a, P b&gt; == &lt;Q a, b&gt;</c> for any <c>a</c> and
/// <c>b</c>, exactly up to rounding. No finite difference is taken, so an inconsistency far below what central differences
/// resolve (1e-8 in float64) still shows.
/// </summary>
/// <remarks>
/// The mismatch is <c>|&lt;a, P b&gt; - &lt;Q a, b&gt;| / (||a o P b|| + ||Q a o b||)</c>, where <c>o</c> is the element-wise
/// product: each dot product's rounding grows with the size of its terms, not with its (possibly cancelling) sum, so this
/// figure is the mismatch in units of that size. Both dot products are summed in double with compensation, so only the
/// rounding of the products themselves remains, judged against the element type's <see cref="Settings.ElementPrecision.AdjointWarningThreshold"/>
/// and <see cref="Settings.ElementPrecision.AdjointErrorThreshold"/>. The worst of the pairs is reported.
/// </remarks>
internal static class AdjointTest
{
    /// <returns>The worst relative mismatch, or null when every pair's terms are zero (nothing to compare).</returns>
    public static double? Judge(CheckContext context, IReadOnlyList<AdjointPair> pairs, AdjointWording wording)
    {
        AdjointPair? worst = null;
        double worstMismatch = -1, worstLeft = 0, worstRight = 0;
        foreach (var pair in pairs)
        {
            var left = CompensatedDot.Of(pair.Left, pair.LeftProduct);
            var right = CompensatedDot.Of(pair.RightProduct, pair.Right);
            var scale = CompensatedDot.TermNorm(pair.Left, pair.LeftProduct) + CompensatedDot.TermNorm(pair.RightProduct, pair.Right);
            if (scale == 0 || !double.IsFinite(scale))
            {
                continue;
            }

            var mismatch = Math.Abs(left - right) / scale;
            if (mismatch > worstMismatch)
            {
                (worst, worstMismatch, worstLeft, worstRight) = (pair, mismatch, left, right);
            }
        }

        if (worst is null)
        {
            return null;
        }

        var precision = context.Precision;
        var severity = worstMismatch > precision.AdjointErrorThreshold ? Severity.Error
            : worstMismatch > precision.AdjointWarningThreshold ? Severity.Warning
            : Severity.Message;
        if (severity == Severity.Message)
        {
            return worstMismatch;
        }

        var threshold = severity == Severity.Error
            ? $"the error threshold {Numbers.Setting(precision.AdjointErrorThreshold)}"
            : $"the warning threshold {Numbers.Setting(precision.AdjointWarningThreshold)} (error threshold {Numbers.Setting(precision.AdjointErrorThreshold)})";
        context.Findings.Add(
            DiagnosticCodes.AdjointMismatch,
            severity,
            $"{wording.Subject} fail the adjoint test: {worst.LeftLabel} = {Numbers.Exact(worstLeft)} but {worst.RightLabel} = {Numbers.Exact(worstRight)}, "
                + $"a relative mismatch of {Numbers.Figure(worstMismatch)} above {threshold} that {precision.DType} rounding allows. The identity holds "
                + $"exactly up to rounding, so this is no step-size effect: {wording.Advice}",
            wording.Block,
            worstMismatch);
        return worstMismatch;
    }
}

/// <summary>One instance of the identity <c>&lt;a, P b&gt; == &lt;Q a, b&gt;</c>, every vector flat, with how the two sides are written.</summary>
internal sealed record AdjointPair(double[] Left, double[] LeftProduct, double[] RightProduct, double[] Right, string LeftLabel, string RightLabel);

/// <summary>What failed the test and what to do, for the message; the block the finding is about, if any.</summary>
internal sealed record AdjointWording(string Subject, string Advice, string? Block = null);
