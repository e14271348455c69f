using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Coordinates estimated by several workers, each on its own copy of the target from the factory: the same result as one worker.</summary>
public sealed class ParallelTests
{
    public static TheoryData<string, int, string> ScenariosWorkersAndModes
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var scenario in Factories.Keys)
            {
                data.Add(scenario, 2, "full");
                data.Add(scenario, 3, "full");
                data.Add(scenario, 2, "fast");
            }

            return data;
        }
    }

    private static Dictionary<string, Func<GradCheckTarget>> Factories => new()
    {
        ["broken network"] = () => TwoLayerNet.Broken().ToTarget(),
        ["fixed network"] = () => TwoLayerNet.Fixed().ToTarget(),
        ["relu at zero"] = () => ReluAtZero.Correct().ToTarget(),
        ["layer norm, wrong gamma"] = () => LayerNorm.WithWrongGammaGradient().ToTarget(),
        ["float32 classifier, 1% off"] = () => TanhClassifier.WithOnePercentError().ToTarget(),
    };

    [Theory]
    [MemberData(nameof(ScenariosWorkersAndModes))]
    public void Several_workers_give_the_result_of_one(string scenario, int workers, string mode)
    {
        var factory = Factories[scenario];

        var sequential = Checking.Run(factory(), new CheckOverrides { Mode = mode });
        var parallel = GradientChecker.Check(factory(), Checking.Identity, new CheckOverrides { Mode = mode, Workers = workers }, factory);

        Assert.Equal(Figures(sequential), Figures(parallel));
    }

    [Fact]
    public void Every_worker_takes_its_share_of_the_coordinates()
    {
        var calls = new List<int>();
        GradCheckTarget Counted()
        {
            var replica = calls.Count;
            calls.Add(0);
            double[] x = [0.5, -1.0, 2.0, 0.25];
            return Targets.Loss("x", x, values => { lock (calls) { calls[replica]++; } return values.Sum(v => v * v); }, values => Array.ConvertAll(values, v => 2 * v));
        }

        var result = GradientChecker.Check(Counted(), Checking.Identity, new CheckOverrides { Workers = 2 }, Counted);

        Assert.Equal(Verdict.Passed, result.Verdict);
        // The loss twice at the point and two coordinates on the check's own target, two coordinates on the replica.
        Assert.Equal([2 + 4, 4], calls);
        Assert.Equal(3 + 8, result.Evaluations);
    }

    [Fact]
    public void A_factory_that_builds_other_values_leaves_the_check_to_one_worker_and_says_why()
    {
        var seed = 0;
        GradCheckTarget Drifting()
        {
            var x = new[] { 0.5 + seed++, -1.0 };
            return Targets.SumOfSquares(x);
        }

        var result = GradientChecker.Check(Drifting(), Checking.Identity, new CheckOverrides { Workers = 2 }, Drifting);

        Assert.Equal(Verdict.Passed, result.Verdict);
        var note = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.InvalidTarget, Severity.Message), (note.Code, note.Severity));
        Assert.StartsWith("The coordinates were estimated by 1 worker instead of 2: the [GradCheck] method, called again for another worker, "
            + "did not build an independent copy of the target (its x holds other values or has another shape).", note.Message);
    }

    [Fact]
    public void A_factory_that_returns_null_or_another_kind_of_target_leaves_the_check_to_one_worker()
    {
        var returnsNull = GradientChecker.Check(Targets.SumOfSquares([1.0, 2.0]), Checking.Identity, new CheckOverrides { Workers = 2 }, () => null!);
        var returnsOperator = GradientChecker.Check(Targets.SumOfSquares([1.0, 2.0]), Checking.Identity, new CheckOverrides { Workers = 2 }, () => Targets.Square([1.0, 2.0]));

        Assert.Contains("(it returned null)", Assert.Single(returnsNull.Findings).Message);
        Assert.Contains("(the check's target is of kind loss over double, the copy's of kind operator over double)", Assert.Single(returnsOperator.Findings).Message);
    }

    [Fact]
    public void A_factory_that_hands_out_the_same_arrays_is_not_run_in_parallel()
    {
        double[] shared = [0.5, -1.0, 2.0];
        var result = GradientChecker.Check(Targets.SumOfSquares(shared), Checking.Identity, new CheckOverrides { Workers = 2 }, () => Targets.SumOfSquares(shared));

        Assert.Contains("(its x is the very array another worker perturbs)", Assert.Single(result.Findings).Message);
        Assert.Equal([0.5, -1.0, 2.0], shared);
    }

    [Fact]
    public void A_loss_that_throws_in_a_replica_stops_the_check_with_the_closures_message()
    {
        var built = 0;
        GradCheckTarget ThrowingReplica()
        {
            var own = built++ == 0;
            double[] x = [0.5, -1.0, 2.0, 0.25];
            return Targets.Loss("x", x, values => own ? values.Sum(v => v * v) : throw new InvalidOperationException("replica broke"), values => Array.ConvertAll(values, v => 2 * v));
        }

        var result = GradientChecker.Check(ThrowingReplica(), Checking.Identity, new CheckOverrides { Workers = 2 }, ThrowingReplica);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.CheckThrew, finding.Code);
        Assert.Contains("\"replica broke\"", finding.Message);
    }

    private static string Figures(CheckResult result)
    {
        result.DurationSeconds = 0;
        return ResultJson.Serialize(result);
    }
}
