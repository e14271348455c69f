using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>Estimates the columns of a Jacobian by central differences of a vector-valued function, one input element at a time.</summary>
internal static class JacobianColumns
{
    /// <summary>
    /// For every element <c>j</c> of <paramref name="values"/>, writes <c>(y(x + h_j e_j) - y(x - h_j e_j)) / s</c>
    /// into <paramref name="numeric"/> at <c>[m * values.Length + j]</c> for each output <c>m</c> (row-major,
    /// outputs by input elements), with the element's own step <c>h_j</c> (<see cref="RelativeStep"/>) and the noise
    /// floor of <see cref="CentralDifference"/> per output value.
    /// </summary>
    /// <returns>How many input elements had a vanished step.</returns>
    public static int Estimate<T>(
        T[] values, T step, double roundingPerUnit, IVectorObjective<T> function, Span<double> numeric, Span<double> noiseFloor)
        where T : struct, IFloatingPointIeee754<T>
    {
        var columns = values.Length;
        var rows = numeric.Length / columns;
        var vanished = 0;
        for (var column = 0; column < columns; column++)
        {
            var original = values[column];
            var (_, plus, minus, realisedStep) = RelativeStep.Around(original, step);
            if (realisedStep == 0)
            {
                for (var row = 0; row < rows; row++)
                {
                    numeric[(row * columns) + column] = 0;
                    noiseFloor[(row * columns) + column] = double.PositiveInfinity;
                }

                vanished++;
                continue;
            }

            T[] up;
            T[] down;
            try
            {
                values[column] = plus;
                up = function.Output();
                values[column] = minus;
                down = function.Output();
            }
            finally
            {
                values[column] = original;
            }

            for (var row = 0; row < rows; row++)
            {
                var upValue = double.CreateTruncating(up[row]);
                var downValue = double.CreateTruncating(down[row]);
                numeric[(row * columns) + column] = (upValue - downValue) / realisedStep;
                noiseFloor[(row * columns) + column] = roundingPerUnit * (Math.Abs(upValue) + Math.Abs(downValue)) / realisedStep;
            }
        }

        return vanished;
    }
}
