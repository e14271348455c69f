using GradGate.Engine.Tests.Scenarios;

namespace GradGate.Engine.Tests;

/// <summary>The live arrays are bit for bit what they were before the check, whatever happened during it.</summary>
public sealed class RestorationTests
{
    [Fact]
    public void Every_parameter_of_the_network_is_restored_exactly()
    {
        var net = TwoLayerNet.Broken();
        var before = Copy(net.W1, net.B1, net.W2, net.B2);

        Checking.Run(net.ToTarget());

        Assert.Equal(before, Copy(net.W1, net.B1, net.W2, net.B2));
    }

    [Fact]
    public void Float32_parameters_are_restored_exactly_although_each_step_rounds()
    {
        var classifier = TanhClassifier.Correct();
        var before = (float[])classifier.W.Clone();

        Checking.Run(classifier.ToTarget());

        Assert.Equal(before, classifier.W);
    }

    [Fact]
    public void Parameters_are_restored_when_the_loss_throws_mid_way()
    {
        var values = new[] { 0.1, 0.2, 0.3, 0.4 };
        var calls = 0;
        var target = Targets.Loss("x", values, x => ++calls == 6 ? throw new InvalidOperationException("out of memory") : x.Sum(), x => [1.0, 1.0, 1.0, 1.0]);

        Checking.Run(target);

        Assert.Equal(6, calls);
        Assert.Equal([0.1, 0.2, 0.3, 0.4], values);
    }

    [Fact]
    public void Operator_inputs_are_restored_after_a_full_Jacobian()
    {
        var layerNorm = LayerNorm.Correct();
        var before = Copy(layerNorm.X, layerNorm.Gamma, layerNorm.Beta);

        Checking.Run(layerNorm.ToTarget().WithFullJacobian());

        Assert.Equal(before, Copy(layerNorm.X, layerNorm.Gamma, layerNorm.Beta));
    }

    private static double[] Copy(params double[][] arrays) => arrays.SelectMany(array => array).ToArray();
}
