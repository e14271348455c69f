using GradGate;

namespace TwoLayerNetSample;

/// <summary>The gradient checks GradGate runs after every build of this project.</summary>
public static class Checks
{
    /// <summary>The tutorial's toy network: every parameter's backprop gradient against finite differences.</summary>
    [GradCheck]
    public static GradCheckTarget TwoLayerNetToyProblem() => NetworkLoss(ToyProblem.HiddenSize);

    /// <summary>The same network at two hidden sizes, reported as TwoLayerNetWidths[hidden=4] and [hidden=32].</summary>
    [GradCheck]
    public static IEnumerable<GradCheckTarget> TwoLayerNetWidths()
        => [NetworkLoss(hiddenSize: 4).Named("hidden=4"), NetworkLoss(hiddenSize: 32).Named("hidden=32")];

    /// <summary>One real step at training scale, too big for finite differences: its gradients must be finite and alive.</summary>
    [GradCheck]
    public static GradCheckTarget TwoLayerNetTrainingStepHealth()
    {
        const int Examples = 64, Features = 100;
        var network = new TwoLayerNet(inputSize: Features, hiddenSize: 50, classCount: 10, weightScale: 1e-2, seed: 2);
        var x = new GaussianRandom(seed: 3).NextArray(Examples * Features);
        var y = Enumerable.Range(0, Examples).Select(i => i % network.ClassCount).ToArray();
        return GradCheckTarget.Health(() => network.Loss(x, y).Gradients);
    }

    /// <summary>The custom sigmoid's backward pass, compared with the full finite-difference Jacobian.</summary>
    [GradCheck]
    public static GradCheckTarget SigmoidOperator()
    {
        var input = new GaussianRandom(seed: 0).NextArray(5);
        return GradCheckTarget.Operator("input", input, Sigmoid.Forward, Sigmoid.Backward).WithFullJacobian();
    }

    /// <summary>Layer norm over [B, T, C] = [2, 4, 6] with inputs in (-1, 0], checked against a random upstream gradient.</summary>
    [GradCheck]
    public static GradCheckTarget LayerNormOperator()
    {
        const int Batch = 2, Time = 4, Channels = 6;
        var random = new Random(1000);
        var x = Enumerable.Range(0, Batch * Time * Channels).Select(_ => -random.NextDouble()).ToArray();
        var gamma = new GaussianRandom(seed: 4).NextArray(Channels, scale: 0.1).Select(g => 1.0 + g).ToArray();
        var beta = new GaussianRandom(seed: 5).NextArray(Channels, scale: 0.1);
        var layerNorm = new LayerNorm(Channels, epsilon: 1e-5);

        return GradCheckTarget.Operator(
            new NamedArrays<double> { { "x", x, Batch, Time, Channels }, { "gamma", gamma }, { "beta", beta } },
            inputs => layerNorm.Forward(inputs[0], inputs[1], inputs[2]),
            (inputs, upstream) =>
            {
                var gradients = layerNorm.Backward(inputs[0], inputs[1], upstream);
                return [gradients.X, gradients.Gamma, gradients.Beta];
            });
    }

    /// <summary>
    /// Second order: the output layer's Hessian-vector product (for a Newton or trust-region step) against central differences
    /// of its gradient, its symmetry, and the full Hessian entry by entry.
    /// </summary>
    [GradCheck]
    public static GradCheckTarget SoftmaxCrossEntropyHvp()
    {
        var scores = new GaussianRandom(seed: 6).NextArray(ToyProblem.ExampleCount * ToyProblem.ClassCount, scale: 2.0);
        var loss = new SoftmaxCrossEntropy(ToyProblem.ClassCount, ToyProblem.Labels());
        return GradCheckTarget.Hvp(
                new NamedArrays<double> { { "scores", scores, ToyProblem.ExampleCount, ToyProblem.ClassCount } },
                () => new Dictionary<string, double[]> { ["scores"] = loss.Gradient(scores) },
                direction => new Dictionary<string, double[]> { ["scores"] = loss.HessianVectorProduct(scores, direction["scores"]) })
            .WithHessian(() => loss.Hessian(scores));
    }

    /// <summary>
    /// The toy network's backward pass against the exact gradient of its loss written once as generic math: no finite
    /// differences, a tolerance set by rounding alone, so an error of 1e-7 relative would fail too.
    /// </summary>
    [GradCheck]
    public static GradCheckTarget TwoLayerNetExact()
    {
        var network = ToyProblem.Network(ToyProblem.HiddenSize);
        var x = ToyProblem.Inputs();
        var y = ToyProblem.Labels();
        var parameters = new NamedArrays<double>
        {
            { "W1", network.W1, network.InputSize, network.HiddenSize },
            { "b1", network.B1 },
            { "W2", network.W2, network.HiddenSize, network.ClassCount },
            { "b2", network.B2 },
        };
        var loss = new GenericTwoLayerNetLoss(network.InputSize, network.HiddenSize, network.ClassCount, x, y);
        return GradCheckTarget.GenericLoss(parameters, loss, () => network.Loss(x, y).Gradients);
    }

    private static LossTarget<double> NetworkLoss(int hiddenSize)
    {
        var network = ToyProblem.Network(hiddenSize);
        var x = ToyProblem.Inputs();
        var y = ToyProblem.Labels();
        var parameters = new NamedArrays<double>
        {
            { "W1", network.W1, network.InputSize, network.HiddenSize },
            { "b1", network.B1 },
            { "W2", network.W2, network.HiddenSize, network.ClassCount },
            { "b2", network.B2 },
        };
        return GradCheckTarget.Loss(parameters, () => network.Loss(x, y).Value, () => network.Loss(x, y).Gradients);
    }
}
