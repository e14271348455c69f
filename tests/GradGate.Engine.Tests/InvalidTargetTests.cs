using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>GG0014 for targets defined wrongly and GG0009 for closures that throw: findings, never exceptions.</summary>
public sealed class InvalidTargetTests
{
    [Fact]
    public void A_null_gradient_dictionary_is_invalid()
    {
        var finding = SingleFinding(Loss(() => null!));

        Assert.Equal("The gradient closure returned null: return a dictionary with one gradient array per parameter (W, b).", finding.Message);
    }

    [Fact]
    public void A_missing_parameter_name_is_named()
    {
        var finding = SingleFinding(Loss(() => new Dictionary<string, double[]> { ["W"] = new double[6] }));

        Assert.StartsWith("The gradient closure returned no gradient for b:", finding.Message);
    }

    [Fact]
    public void An_extra_name_is_named()
    {
        var finding = SingleFinding(Loss(() => new Dictionary<string, double[]> { ["W"] = new double[6], ["b"] = new double[2], ["dW"] = new double[6] }));

        Assert.StartsWith("The gradient closure returned gradients for dW, which are not parameters of the target", finding.Message);
    }

    [Fact]
    public void A_gradient_of_the_wrong_length_says_what_was_expected_and_what_came()
    {
        var finding = SingleFinding(Loss(() => new Dictionary<string, double[]> { ["W"] = new double[5], ["b"] = new double[2] }));

        Assert.Equal("W", finding.Block);
        Assert.StartsWith("The gradient closure returned 5 values as the gradient of W, but W has 6 (shape [2,3])", finding.Message);
    }

    [Fact]
    public void A_null_gradient_array_is_named()
    {
        var finding = SingleFinding(Loss(() => new Dictionary<string, double[]> { ["W"] = new double[6], ["b"] = null! }));

        Assert.Equal("The gradient closure returned null as the gradient of b: return an array of 2 values (shape [2]).", finding.Message);
    }

    [Fact]
    public void An_empty_parameter_set_is_invalid()
    {
        var finding = SingleFinding(GradCheckTarget.Loss(new NamedArrays<double>(), () => 0.0, () => new Dictionary<string, double[]>()));

        Assert.StartsWith("The loss target has no parameters", finding.Message);
    }

    [Fact]
    public void A_backward_pass_returning_too_few_gradients_is_invalid()
    {
        double[] a = [1.0], b = [2.0];
        var target = GradCheckTarget.Operator(
            new NamedArrays<double> { { "a", a }, { "b", b } },
            inputs => [inputs[0][0] * inputs[1][0]],
            (inputs, upstream) => [[upstream[0] * inputs[1][0]]]);

        var finding = SingleFinding(target);

        Assert.StartsWith("The backward closure returned 1 gradients but the operator has 2 inputs (a, b)", finding.Message);
    }

    [Fact]
    public void A_forward_pass_returning_null_part_way_is_invalid()
    {
        var calls = 0;
        var finding = SingleFinding(Targets.Square([1.0, 2.0], forward: x => ++calls > 2 ? null! : Array.ConvertAll(x, v => v * v)));

        Assert.Equal(
            "The forward closure returned null while estimating the numeric gradient of input x: return a new output array of the same length on every call.",
            finding.Message);
    }

    [Fact]
    public void A_throwing_loss_keeps_the_exception_type_message_and_closure()
    {
        var calls = 0;
        var result = Checking.Run(
            Targets.Loss("x", [1.0, 2.0], x => ++calls == 5 ? throw new InvalidOperationException("The batch is empty.") : x.Sum(), x => [1.0, 1.0]));

        Assert.Equal(Verdict.Error, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.CheckThrew, Severity.Error), (finding.Code, finding.Severity));
        Assert.StartsWith(
            "The loss closure threw System.InvalidOperationException while estimating the numeric gradient of x: The batch is empty.",
            finding.Message);
    }

    [Fact]
    public void A_throwing_gradient_closure_is_named()
    {
        var result = Checking.Run(Loss(() => throw new ArgumentException("no gradients yet")));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.StartsWith("The gradient closure threw System.ArgumentException at the unperturbed point: no gradients yet", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_throwing_backward_pass_is_named()
    {
        var result = Checking.Run(Targets.Square([1.0], backward: (_, _) => throw new NotSupportedException("later")));

        Assert.StartsWith("The backward closure threw System.NotSupportedException at the unperturbed point: later", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_throwing_health_probe_is_named()
    {
        var result = Checking.Run(GradCheckTarget.Health<float>(() => throw new IndexOutOfRangeException("step 3")));

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.StartsWith("The gradient closure threw System.IndexOutOfRangeException", Assert.Single(result.Findings).Message);
    }

    private static LossTarget<double> Loss(Func<IReadOnlyDictionary<string, double[]>> gradients)
        => GradCheckTarget.Loss(new NamedArrays<double> { { "W", new double[6], 2, 3 }, { "b", new double[2] } }, () => 1.0, gradients);

    private static Finding SingleFinding(GradCheckTarget target)
    {
        var result = Checking.Run(target);
        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.InvalidTarget, Severity.Error), (finding.Code, finding.Severity));
        return finding;
    }
}
