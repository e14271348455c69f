using GradGate.Results;
using GradGate.Gate.BuildLog;

namespace GradGate.Tasks.Tests.BuildLog;

public sealed class DiagnosticArrangementTests
{
    private const string Project = "/src/Net/Net.csproj";

    [Fact]
    public void Errors_come_first_worst_relative_error_first_then_warnings_then_messages()
    {
        var run = new RunResult
        {
            Checks =
            [
                WithFinding(RunSummaryTests.Check("Small", Verdict.Failed, 2e-4), Severity.Error, "GG0001", line: 10),
                WithFinding(RunSummaryTests.Check("Warned", Verdict.Warning, 5e-7), Severity.Warning, "GG0002", line: 20),
                WithFinding(RunSummaryTests.Check("Crashed", Verdict.Error, null), Severity.Error, "GG0011", line: 30),
                WithFinding(RunSummaryTests.Check("Kinked", Verdict.Passed, 1e-9), Severity.Message, "GG0008", line: 40),
                WithFinding(RunSummaryTests.Check("Large", Verdict.Failed, 0.3), Severity.Error, "GG0001", line: 50),
            ],
            RunFindings = [new Finding { Code = "GG0011", Severity = Severity.Error, Message = "runner failed" }],
        };

        var diagnostics = DiagnosticArrangement.Arrange(run, Project);

        Assert.Equal(
            ["GG0011@0", "GG0001@50", "GG0001@10", "GG0011@30", "GG0002@20", "GG0008@40"],
            diagnostics.Select(diagnostic => $"{diagnostic.Code}@{diagnostic.Line}"));
    }

    [Fact]
    public void Errors_of_the_smallest_failing_target_come_first_warnings_stay_worst_first()
    {
        var network = WithFinding(RunSummaryTests.Check("Net", Verdict.Failed, 0.5, ("W1", 0.5)), Severity.Error, "GG0001", line: 10);
        network.Blocks[0].Length = 5_560;
        var sigmoid = WithFinding(RunSummaryTests.Check("Sigmoid", Verdict.Failed, 0.2, ("x", 0.2)), Severity.Error, "GG0001", line: 20);
        sigmoid.Blocks[0].Length = 5;
        var bigWarning = WithFinding(RunSummaryTests.Check("Big", Verdict.Warning, 1e-5, ("w", 1e-5)), Severity.Warning, "GG0002", line: 30);
        bigWarning.Blocks[0].Length = 1_000;
        var smallWarning = WithFinding(RunSummaryTests.Check("Small", Verdict.Warning, 1e-6, ("v", 1e-6)), Severity.Warning, "GG0002", line: 40);
        smallWarning.Blocks[0].Length = 2;

        var diagnostics = DiagnosticArrangement.Arrange(new RunResult { Checks = [network, sigmoid, smallWarning, bigWarning] }, Project);

        Assert.Equal(["GG0001@20", "GG0001@10", "GG0002@30", "GG0002@40"], diagnostics.Select(diagnostic => $"{diagnostic.Code}@{diagnostic.Line}"));
    }

    [Fact]
    public void Control_characters_other_than_the_tab_are_escaped_so_they_cannot_restyle_or_rewrite_a_CI_log()
        => Assert.Equal(
            "red \\u001B[31malert\\u001B[0m\tdone\\u0008 | second line",
            DiagnosticText.OneLine("red \u001b[31malert\u001b[0m\tdone\b\r\nsecond line"));

    [Fact]
    public void Bidirectional_controls_are_escaped_so_they_cannot_reorder_a_CI_log()
        => Assert.Equal("Checks.\\u202ELoss\\u200F is wrong", DiagnosticText.OneLine("Checks.\u202ELoss\u200F is wrong"));

    [Fact]
    public void A_check_finding_is_placed_at_its_source_and_prefixed_with_its_name()
    {
        var check = WithFinding(RunSummaryTests.Check("Loss", Verdict.Failed, 0.3), Severity.Error, "GG0001", line: 12);

        var diagnostic = Assert.Single(DiagnosticArrangement.Arrange(new RunResult { Checks = [check] }, Project));

        Assert.Equal(new BuildDiagnostic(Severity.Error, "GG0001", "/src/Net/Checks.cs", 12, 5, "Checks.Loss: found GG0001"), diagnostic);
    }

    [Fact]
    public void A_message_that_already_names_its_check_is_not_prefixed_again()
    {
        var check = RunSummaryTests.Check("Loss", Verdict.Error, null);
        check.Findings.Add(new Finding { Code = "GG0009", Severity = Severity.Error, Message = "Checks.Loss could not be checked: it threw." });

        var diagnostic = Assert.Single(DiagnosticArrangement.Arrange(new RunResult { Checks = [check] }, Project));

        Assert.Equal("Checks.Loss could not be checked: it threw.", diagnostic.Message);
    }

    [Fact]
    public void A_message_of_several_lines_is_logged_as_one_so_each_finding_is_one_annotation()
    {
        var check = RunSummaryTests.Check("Loss", Verdict.Error, null);
        check.Findings.Add(new Finding { Code = "GG0011", Severity = Severity.Error, Message = "The runner died.\r\nIts standard error:\n    Stack overflow.\n\n    at Net.Recurse()" });

        var diagnostic = Assert.Single(DiagnosticArrangement.Arrange(new RunResult { Checks = [check] }, Project));

        Assert.Equal("Checks.Loss: The runner died. | Its standard error: | Stack overflow. | at Net.Recurse()", diagnostic.Message);
    }

    [Fact]
    public void Findings_of_a_check_with_no_known_source_and_of_the_run_point_at_the_project_file()
    {
        var check = RunSummaryTests.Check("Loss", Verdict.Failed, 0.3);
        check.Findings.Add(new Finding { Code = "GG0001", Severity = Severity.Error, Message = "wrong" });
        var run = new RunResult { Checks = [check], RunFindings = [new Finding { Code = "GG0013", Severity = Severity.Warning, Message = "none" }] };

        Assert.All(DiagnosticArrangement.Arrange(run, Project), diagnostic =>
        {
            Assert.Equal(Project, diagnostic.File);
            Assert.Equal(0, diagnostic.Line);
        });
    }

    [Fact]
    public void A_check_keeps_its_own_worst_first_order_and_skipped_checks_are_left_out()
    {
        var check = RunSummaryTests.Check("Loss", Verdict.Failed, 0.3);
        check.Findings.Add(new Finding { Code = "GG0001", Severity = Severity.Error, Message = "W1" });
        check.Findings.Add(new Finding { Code = "GG0003", Severity = Severity.Error, Message = "b1" });
        var skipped = WithFinding(RunSummaryTests.Check("Later", Verdict.Skipped, null), Severity.Message, "GG0017", line: 3);

        var diagnostics = DiagnosticArrangement.Arrange(new RunResult { Checks = [skipped, check] }, Project);

        Assert.Equal(["GG0001", "GG0003"], diagnostics.Select(diagnostic => diagnostic.Code));
    }

    private static CheckResult WithFinding(CheckResult check, Severity severity, string code, int line)
    {
        check.Findings.Add(new Finding { Code = code, Severity = severity, Message = $"found {code}" });
        check.Source = new SourceLocation { File = "/src/Net/Checks.cs", Line = line, Column = 5 };
        return check;
    }
}
