using GradGate.Results;
using GradGate.Gate.BuildLog;

namespace GradGate.Tasks.Tests.BuildLog;

public sealed class RunSummaryTests
{
    [Fact]
    public void Names_the_failing_check_and_its_worst_block()
    {
        var checks = Enumerable.Range(0, 8).Select(index => Check($"P{index}", Verdict.Passed, 1e-9)).ToList();
        checks.Insert(3, Check("Loss", Verdict.Failed, 0.2, ("b1", 1e-10), ("W1", 0.333), ("W2", 0.01)));

        var summary = RunSummary.Describe(Run(0.42, checks));

        Assert.Equal("GradGate: 9 checks, 8 passed, 1 failed (Checks.Loss: W1 relative error 3.3e-01) in 0.4 s", summary);
    }

    [Fact]
    public void Names_the_smallest_failing_check_first_where_the_bug_is_easiest_to_find()
    {
        var network = Check("Net", Verdict.Failed, 0.5, ("W1", 0.5));
        network.Blocks[0].Length = 5_000;
        var sigmoid = Check("Sigmoid", Verdict.Failed, 0.2, ("x", 0.2));
        sigmoid.Blocks[0].Length = 5;

        var summary = RunSummary.Describe(Run(0.42, [network, sigmoid]));

        Assert.Equal("GradGate: 2 checks, 0 passed, 2 failed (Checks.Sigmoid: x relative error 2.0e-01) in 0.4 s", summary);
    }

    [Fact]
    public void Counts_every_outcome_present_and_prefers_a_failure_to_an_error_or_a_warning()
    {
        var summary = RunSummary.Describe(Run(12.345,
        [
            Check("Passing", Verdict.Passed, 1e-9),
            Check("Warned", Verdict.Warning, 5e-7, ("x", 5e-7)),
            Check("Crashed", Verdict.Error, null),
            Check("Wrong", Verdict.Failed, 2e-3, ("gamma", 2e-3)),
            Check("Wronger", Verdict.Failed, 4e-2, ("beta", 4e-2)),
            Check("Later", Verdict.Skipped, null),
        ]));

        Assert.Equal(
            "GradGate: 6 checks, 1 passed, 1 with warnings, 2 failed, 1 errored, 1 skipped (Checks.Wronger: beta relative error 4.0e-02) in 12.3 s",
            summary);
    }

    [Fact]
    public void A_check_that_could_not_run_is_named_with_its_code()
    {
        var crashed = Check("Recurse", Verdict.Error, null);
        crashed.Findings.Add(new Finding { Code = DiagnosticCodes.RunnerCrashed, Severity = Severity.Error, Message = "died" });

        Assert.Equal(
            "GradGate: 2 checks, 1 passed, 1 errored (Checks.Recurse: GG0011) in 0.0 s",
            RunSummary.Describe(Run(0.01, [Check("Fine", Verdict.Passed, 1e-10), crashed])));
    }

    [Fact]
    public void A_non_finite_error_is_the_worst_and_printed_as_it_is()
        => Assert.Equal(
            "GradGate: 2 checks, 0 passed, 2 failed (Checks.Nan: h relative error NaN) in 1.0 s",
            RunSummary.Describe(Run(1, [Check("Big", Verdict.Failed, 10, ("w", 10)), Check("Nan", Verdict.Failed, double.NaN, ("h", double.NaN))])));

    [Fact]
    public void Passing_checks_need_no_detail()
        => Assert.Equal("GradGate: 1 check, 1 passed in 0.2 s", RunSummary.Describe(Run(0.2, [Check("Only", Verdict.Passed, 1e-12)])));

    [Fact]
    public void A_run_without_checks_says_so()
        => Assert.Equal("GradGate: 0 checks in 0.0 s", RunSummary.Describe(Run(0, [])));

    [Fact]
    public void Names_the_project_and_the_target_framework_so_that_the_lines_of_a_solution_build_differ()
    {
        var run = Run(0.3, [Check("Only", Verdict.Passed, 1e-12)]);
        run.ProjectPath = Path.Combine("src", "Net", "Net.csproj");
        run.AssemblyName = "Net.Core";
        run.TargetFramework = "net8.0";
        var other = Run(0.3, [Check("Only", Verdict.Passed, 1e-12)]);
        other.ProjectPath = run.ProjectPath;
        other.TargetFramework = "net10.0";

        Assert.Equal("GradGate: 1 check, 1 passed in 0.3 s - Net (net8.0)", RunSummary.Describe(run));
        Assert.Equal("GradGate: 1 check, 1 passed in 0.3 s - Net (net10.0)", RunSummary.Describe(other));
    }

    [Fact]
    public void Names_the_assembly_when_no_project_is_known()
    {
        var run = Run(0.3, [Check("Only", Verdict.Passed, 1e-12)]);
        run.AssemblyName = "Net.Core";

        Assert.Equal("GradGate: 1 check, 1 passed in 0.3 s - Net.Core", RunSummary.Describe(run));
    }

    internal static CheckResult Check(string method, Verdict verdict, double? relativeError, params (string Name, double Error)[] blocks) => new()
    {
        Id = "Net.Checks." + method,
        Name = "Checks." + method,
        Verdict = verdict,
        RelativeError = relativeError,
        Blocks = blocks.Select(block => new BlockResult { Name = block.Name, RelativeError = block.Error }).ToList(),
    };

    private static RunResult Run(double seconds, List<CheckResult> checks) => new() { DurationSeconds = seconds, Checks = checks };
}
