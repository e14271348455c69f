using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// Checks a full Hessian a second-order target gives (<see cref="HvpTarget{T}.WithHessian"/>): every entry against central
/// differences of the gradient, one block of columns per parameter (<c>Hessian H[:,W1]</c>, entries named
/// <c>H[W1[0,2], b1[1]]</c>), and the matrix against its transpose (GG0024).
/// </summary>
/// <remarks>
/// Symmetry is judged entry by entry: <c>|H_ij - H_ji| / (|H_ij| + |H_ji| + max_k |H_ik| + max_k |H_jk|)</c>, the largest over
/// every pair, against the adjoint test's thresholds (<see cref="Settings.ElementPrecision.AdjointErrorThreshold"/>). The rows'
/// largest entries are in the scale because an entry is computed from terms as large as its row's, so an entry that is zero
/// in exact arithmetic may carry that much rounding and no more.
/// </remarks>
internal static class HessianCheck
{
    public const string Closure = "Hessian closure";

    /// <returns>The comparison's summary, or null when the Hessian could not be judged.</returns>
    public static ComparisonSummary? Run<T>(
        CheckContext context, Func<T[,]> hessian, NamedArrays<T> parameters, ArraySnapshot<T> snapshot, GradientOutput<T> gradient, CoordinateNaming rows)
        where T : struct, IFloatingPointIeee754<T>
    {
        var size = parameters.Sum(parameter => parameter.Values.Count);
        var returned = ClosureCalls.Invoke(context, Closure, "at the unperturbed point", hessian);
        MutationCheck.Changed(context, snapshot, parameters, Closure, "parameter", stops: false);
        if (returned is null || returned.GetLength(0) != size || returned.GetLength(1) != size)
        {
            var found = returned is null ? "null" : $"a {returned.GetLength(0)} by {returned.GetLength(1)} matrix";
            context.Findings.Add(
                DiagnosticCodes.InvalidTarget,
                Severity.Error,
                $"The {Closure} returned {found}, but the parameters have {size} elements: return an {size} by {size} matrix over every parameter "
                    + "element laid end to end in the order of the parameters.");
            return null;
        }

        var matrix = new double[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                matrix[row, column] = double.CreateTruncating(returned[row, column]);
            }
        }

        var blocks = new List<GradientBlock>();
        var start = 0;
        foreach (var parameter in parameters)
        {
            var length = parameter.Values.Count;
            var analytic = new double[size * length];
            for (var row = 0; row < size; row++)
            {
                for (var column = 0; column < length; column++)
                {
                    analytic[(row * length) + column] = matrix[row, start + column];
                }
            }

            var block = new GradientBlock(
                $"Hessian H[:,{parameter.Name}]",
                $"The Hessian's columns of {parameter.Name}",
                [size, .. parameter.Shape],
                new EntryNaming(rows, parameter.Name, parameter.Shape, length, Entry),
                analytic,
                $"the {Closure} (column j of H is the derivative of the gradient along parameter element j)");
            gradient.Activity = $"while estimating the Hessian's columns of {parameter.Name}";
            block.VanishedSteps = JacobianColumns.Estimate(
                parameter.Values.Array!, T.CreateTruncating(context.Settings.Epsilon), context.Precision.RoundingPerUnit, gradient, block.Numeric.Whole, block.NoiseFloor.Whole);
            blocks.Add(block);
            start += length;
        }

        var health = HealthJudge.Judge(context, blocks, "Hessian", judgeLife: false);
        var summary = ComparisonJudge.Judge(context, blocks, health, "gradient");
        if (health.All(verdict => verdict != Verdict.Failed))
        {
            JudgeSymmetry(context, matrix, rows);
        }

        return summary;
    }

    public static string Entry(string row, string column) => $"H[{row}, {column}]";

    private static void JudgeSymmetry(CheckContext context, double[,] matrix, CoordinateNaming rows)
    {
        var size = matrix.GetLength(0);
        var rowMax = Enumerable.Range(0, size).Select(row => Enumerable.Range(0, size).Max(column => Math.Abs(matrix[row, column]))).ToArray();
        var (worst, worstRow, worstColumn) = (0.0, 0, 0);
        for (var row = 0; row < size; row++)
        {
            for (var column = row + 1; column < size; column++)
            {
                var scale = Math.Abs(matrix[row, column]) + Math.Abs(matrix[column, row]) + rowMax[row] + rowMax[column];
                var asymmetry = scale == 0 ? 0 : Math.Abs(matrix[row, column] - matrix[column, row]) / scale;
                if (asymmetry > worst)
                {
                    (worst, worstRow, worstColumn) = (asymmetry, row, column);
                }
            }
        }

        var precision = context.Precision;
        if (worst <= precision.AdjointWarningThreshold)
        {
            return;
        }

        var error = worst > precision.AdjointErrorThreshold;
        var (upper, lower) = (rows.Label(worstRow), rows.Label(worstColumn));
        context.Findings.Add(
            DiagnosticCodes.AdjointMismatch,
            error ? Severity.Error : Severity.Warning,
            $"The Hessian is not symmetric: {Entry(upper, lower)} = {Numbers.Exact(matrix[worstRow, worstColumn])} but {Entry(lower, upper)} = "
                + $"{Numbers.Exact(matrix[worstColumn, worstRow])}, a relative asymmetry of {Numbers.Figure(worst)} above the "
                + (error ? $"error threshold {Numbers.Setting(precision.AdjointErrorThreshold)}" : $"warning threshold {Numbers.Setting(precision.AdjointWarningThreshold)}")
                + $" that {precision.DType} rounding allows. A Hessian of a twice-differentiable loss is symmetric: check the {Closure} for a mixed "
                + "derivative computed one way only, or a transposed block.",
            magnitude: worst);
    }
}
