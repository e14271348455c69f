using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Every finding kind comes only from targets made to produce it: correct targets produce nothing above a message.</summary>
public sealed class CorrectTargetTests
{
    public static TheoryData<string> Names => new(Correct.Keys);

    private static Dictionary<string, Func<GradCheckTarget>> Correct => new()
    {
        ["fixed network"] = () => TwoLayerNet.Fixed().ToTarget(),
        ["softmax cross-entropy"] = SoftmaxCrossEntropy.Target,
        ["sigmoid"] = Sigmoid.Correct,
        ["sigmoid, full Jacobian"] = () => Sigmoid.Correct().WithFullJacobian(),
        ["layer norm, full Jacobian"] = () => LayerNorm.Correct().ToTarget().WithFullJacobian(),
        ["float32 classifier"] = () => TanhClassifier.Correct().ToTarget(),
        ["float32 sigmoid, full Jacobian"] = () => Sigmoid.CorrectFloat().WithFullJacobian(),
        ["healthy gradients"] = () => GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["W"] = [0.5, -0.1] }),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_correct_target_passes_with_no_finding_above_a_message(string name)
    {
        var result = Checking.Run(Correct[name]());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.All(result.Blocks, block => Assert.Equal(Verdict.Passed, block.Verdict));
    }
}
