using System.Numerics.Tensors;

namespace BugHunt;

/// <summary>
/// The logistic sigmoid as a custom operator with a hand-written backward pass, as the tutorial first
/// wrote it: its derivative has the wrong sign (see "BUG" below).
/// </summary>
public static class Sigmoid
{
    /// <summary>1 / (1 + exp(-x)), element by element.</summary>
    public static double[] Forward(double[] input)
    {
        var output = new double[input.Length];
        TensorPrimitives.Sigmoid(input, output);
        return output;
    }

    /// <summary>Meant to be out * (1 - out) * upstream, with out = Forward(input).</summary>
    public static double[] Backward(double[] input, double[] upstream)
    {
        var output = Forward(input);
        var gradient = new double[input.Length];
        // BUG (deliberate, from the tutorial): 1 + out, where the derivative out * (1 - out) needs 1 - out.
        // The fix: TensorPrimitives.Subtract(1.0, output, gradient);
        TensorPrimitives.Add(output, 1.0, gradient);
        TensorPrimitives.Multiply(gradient, output, gradient);
        TensorPrimitives.Multiply(gradient, upstream, gradient);
        return gradient;
    }
}
