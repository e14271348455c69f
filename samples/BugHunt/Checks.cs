using GradGate;

namespace BugHunt;

/// <summary>The gradient checks GradGate runs after every build: both find a bug, so the build fails.</summary>
public static class Checks
{
    /// <summary>The tutorial's toy network: GradGate names W1 as the parameter whose gradient is wrong.</summary>
    [GradCheck]
    public static GradCheckTarget TwoLayerNetToyProblem()
    {
        var network = ToyProblem.Network();
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

    /// <summary>The custom sigmoid against the full finite-difference Jacobian: GradGate names its input.</summary>
    [GradCheck]
    public static GradCheckTarget SigmoidOperator()
    {
        var input = new GaussianRandom(seed: 0).NextArray(5);
        return GradCheckTarget.Operator("input", input, Sigmoid.Forward, Sigmoid.Backward).WithFullJacobian();
    }
}
