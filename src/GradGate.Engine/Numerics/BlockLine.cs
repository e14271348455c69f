using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// The points <c>x + t u</c> of one block along a direction <c>u</c>, over a contiguous run of its coordinates (all of
/// them, or part of them when a disagreement is located by halving the block), each coordinate's component scaled to its
/// own step (<see cref="RelativeStep.Scale"/>). The values at the check's point come from the check's snapshot of its
/// arrays: moving along the line writes the live array and puts it back from there, so no copy of the block is made.
/// </summary>
/// <param name="live">The block's live array, which the objective reads.</param>
/// <param name="original">The block's values at the check's point (the snapshot), never written.</param>
internal readonly struct BlockLine<T, TDirection>(ArraySegment<T> live, T[] original, TDirection direction, int start, int end)
    where T : struct, IFloatingPointIeee754<T>
    where TDirection : struct, IDirection
{
    public BlockLine(ArraySegment<T> live, T[] original, TDirection direction)
        : this(live, original, direction, 0, live.Count)
    {
    }

    public int Start => start;

    public int End => end;

    /// <summary>How many coordinates the line moves.</summary>
    public int Count => end - start;

    public TDirection Direction => direction;

    /// <summary>The same direction over another run of the block's coordinates.</summary>
    public BlockLine<T, TDirection> Over(int from, int to) => new(live, original, direction, from, to);

    /// <summary>The component of the direction at a coordinate, scaled to the coordinate's own step.</summary>
    public double Move(int coordinate) => direction.Component(coordinate) * RelativeStep.Scale(double.CreateTruncating(original[coordinate]));

    /// <summary>Evaluates <c>S(x + offset u)</c> and puts every moved value back.</summary>
    public ScalarEvaluation Evaluate(T offset, IScalarObjective objective)
    {
        try
        {
            for (var index = start; index < end; index++)
            {
                live[index] = original[index] + (offset * T.CreateTruncating(Move(index)));
            }

            return objective.Evaluate();
        }
        finally
        {
            Restore();
        }
    }

    /// <summary>
    /// Evaluates <c>S(x + step u)</c> like <see cref="Evaluate"/>, and in the same pass over the block <c>g . d</c> for the
    /// move <c>d</c> from <c>x - step u</c> to <c>x + step u</c> as realised in <typeparamref name="T"/>, coordinate by
    /// coordinate, and <c>|d|^2</c>.
    /// </summary>
    public (ScalarEvaluation Value, double Predicted, double MoveSquares) EvaluateAndRealise(T step, double[] analytic, IScalarObjective objective)
    {
        double predicted = 0, moveSquares = 0;
        try
        {
            for (var index = start; index < end; index++)
            {
                var move = step * T.CreateTruncating(Move(index));
                var (plus, minus) = (original[index] + move, original[index] - move);
                var realised = double.CreateTruncating(plus) - double.CreateTruncating(minus);
                predicted += analytic[index] * realised;
                moveSquares += realised * realised;
                live[index] = plus;
            }

            return (objective.Evaluate(), predicted, moveSquares);
        }
        finally
        {
            Restore();
        }
    }

    private void Restore() => original.AsSpan(start, end - start).CopyTo(live.AsSpan(start));
}
