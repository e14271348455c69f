using System.Numerics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Products;

/// <summary>
/// Compares a target's derivative of a vector function <c>F</c> along tangents (a JVP of the forward closure, an HVP of the
/// gradient closure) with central differences of <c>F</c>: along <see cref="CheckModes.FastDirectionsPerBlock"/> seeded
/// tangents over every live array (<see cref="TangentMove{T}"/>) in every mode, and in full mode along every input coordinate
/// as well, which compares the whole matrix column by column. The blocks are judged like gradients
/// (<see cref="ComparisonJudge"/>): the same thresholds, noise floors, worst coordinates and findings.
/// </summary>
internal static class ProductComparison
{
    /// <summary>Keeps the tangents' random stream apart from the upstream gradient's and the modes' draws, which stay as they were.</summary>
    private const int TangentStream = 0x4A5650;

    /// <param name="live">The arrays the function reads, moved in place and always put back from <paramref name="originals"/>.</param>
    /// <returns>The tangents and the products along them, for the adjoint test; null when the product could not be judged.</returns>
    public static ProductDirections<T>? Run<T>(
        CheckContext context,
        NamedArrays<T> live,
        IReadOnlyList<T[]> originals,
        IVectorObjective<T> function,
        int outputs,
        ITangentProduct<T> product,
        ProductDescription description)
        where T : struct, IFloatingPointIeee754<T>
    {
        var values = live.Select(array => array.Values.Array!).ToArray();
        var random = new Random(context.Settings.Seed ^ TangentStream);
        var directions = new ProductDirections<T>();
        var blocks = new List<GradientBlock>();
        for (var index = 1; index <= CheckModes.FastDirectionsPerBlock; index++)
        {
            var move = TangentMove<T>.Draw(random, originals, context.Settings.Epsilon);
            var activity = $"along tangent t{index}";
            if (product.Along(move.Tangent, activity) is not { } analytic
                || (index == 1 && !IsDeterministic(context, description, product, move.Tangent, analytic)))
            {
                return null;
            }

            var block = new GradientBlock(
                $"{description.Product}(t{index})",
                $"The {description.Product} along tangent t{index}",
                description.RowShape,
                description.Rows,
                analytic,
                $"the {description.Closure}");
            move.Difference(values, originals, function, context.Precision.RoundingPerUnit, block.Numeric.Whole, block.NoiseFloor.Whole);
            blocks.Add(block);
            directions.Add(move.Tangent, analytic);
        }

        var entries = (long)outputs * live.Sum(array => (long)array.Values.Count);
        if (context.Mode == GradCheckMode.Full && entries > CheckModes.FullProductEntryLimit)
        {
            context.Findings.Add(
                DiagnosticCodes.InvalidTarget,
                Severity.Message,
                $"The {description.Product} was compared along its seeded tangents only, not along every input coordinate: its matrix has {entries} "
                    + $"entries, more than the {CheckModes.FullProductEntryLimit} full mode compares one by one. Check a smaller instance to compare every entry.");
        }
        else if (context.Mode == GradCheckMode.Full)
        {
            for (var input = 0; input < live.Count; input++)
            {
                if (Columns(context, live, originals, function, outputs, product, description, input) is not { } columns)
                {
                    return null;
                }

                blocks.Add(columns);
            }
        }

        var health = HealthJudge.Judge(context, blocks, "analytic product", judgeLife: false);
        directions.Summary = ComparisonJudge.Judge(context, blocks, health, description.Function);
        return directions;
    }

    /// <summary>The product along every unit tangent of one input, against central differences of the function per element.</summary>
    private static GradientBlock? Columns<T>(
        CheckContext context,
        NamedArrays<T> live,
        IReadOnlyList<T[]> originals,
        IVectorObjective<T> function,
        int outputs,
        ITangentProduct<T> product,
        ProductDescription description,
        int input)
        where T : struct, IFloatingPointIeee754<T>
    {
        var array = live[input];
        var length = array.Values.Count;
        var analytic = new double[outputs * length];
        var tangent = originals.Select(values => new T[values.Length]).ToArray();
        for (var column = 0; column < length; column++)
        {
            tangent[input][column] = T.One;
            var label = new ArrayCoordinateNaming(array.Name, array.Shape).Label(column);
            if (product.Along(tangent, $"along the unit tangent of {label}") is not { } values)
            {
                return null;
            }

            tangent[input][column] = T.Zero;
            for (var row = 0; row < outputs; row++)
            {
                analytic[(row * length) + column] = values[row];
            }
        }

        var block = new GradientBlock(
            description.ColumnsBlock(array.Name),
            $"The {description.Product} along the coordinates of {array.Name}",
            [.. description.RowShape, .. array.Shape],
            new EntryNaming(description.Rows, array.Name, array.Shape, length, description.Entry),
            analytic,
            $"the {description.Closure} (the entry {description.Entry("m", array.Name + "[j]")} is row m of the product along the unit tangent of {array.Name}[j])");
        block.VanishedSteps = JacobianColumns.Estimate(
            array.Values.Array!, T.CreateTruncating(context.Settings.Epsilon), context.Precision.RoundingPerUnit, function, block.Numeric.Whole, block.NoiseFloor.Whole);
        return block;
    }

    private static bool IsDeterministic<T>(CheckContext context, ProductDescription description, ITangentProduct<T> product, T[][] tangent, double[] first)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (product.Along(tangent, "along tangent t1, a second time") is not { } second)
        {
            return false;
        }

        var index = Nondeterminism.FirstDifference(context.Precision.RoundingPerUnit, first, second);
        if (index < 0)
        {
            return true;
        }

        context.Findings.Add(
            DiagnosticCodes.Nondeterministic,
            Severity.Error,
            $"The {description.Closure} returns different products for the same point and tangent (at {description.Rows.Label(index)}: "
                + $"{Numbers.Exact(first[index])} then {Numbers.Exact(second[index])}), so its {description.Product} cannot be judged. Make it a "
                + "function of its arguments only: do not accumulate into a buffer kept between calls, and seed or remove any randomness.",
            magnitude: Math.Abs(first[index] - second[index]));
        return false;
    }
}

/// <summary>The tangents a product check moved along and the analytic products along them, in order.</summary>
internal sealed class ProductDirections<T>
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly List<(T[][] Tangent, double[] Product)> _pairs = [];

    public IReadOnlyList<(T[][] Tangent, double[] Product)> Pairs => _pairs;

    /// <summary>The comparison's figures over every block it judged.</summary>
    public ComparisonSummary? Summary { get; set; }

    public void Add(T[][] tangent, double[] product) => _pairs.Add((tangent, product));
}
