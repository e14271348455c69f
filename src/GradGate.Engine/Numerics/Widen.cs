using System.Numerics;

namespace GradGate.Engine.Numerics;

/// <summary>Copies element-type values into doubles, the type every figure is computed in.</summary>
internal static class Widen
{
    public static double[] ToDoubles<T>(T[] values)
        where T : struct, IFloatingPointIeee754<T>
    {
        var widened = new double[values.Length];
        for (var index = 0; index < values.Length; index++)
        {
            widened[index] = double.CreateTruncating(values[index]);
        }

        return widened;
    }
}
