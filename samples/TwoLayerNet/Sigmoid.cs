using System.Numerics.Tensors;

namespace TwoLayerNetSample;

/// <summary>The logistic sigmoid as a custom operator with a hand-written backward pass.</summary>
public static class Sigmoid
{
    /// <summary>1 / (1 + exp(-x)), element by element.</summary>
    public static double[] Forward(double[] input)
    {
        var output = new double[input.Length];
        TensorPrimitives.Sigmoid(input, output);
        return output;
    }

    /// <summary>The gradient with respect to the input: out * (1 - out) * upstream, with out = Forward(input).</summary>
    public static double[] Backward(double[] input, double[] upstream)
    {
        var output = Forward(input);
        var gradient = new double[input.Length];
        TensorPrimitives.Subtract(1.0, output, gradient);
        TensorPrimitives.Multiply(gradient, output, gradient);
        TensorPrimitives.Multiply(gradient, upstream, gradient);
        return gradient;
    }
}
