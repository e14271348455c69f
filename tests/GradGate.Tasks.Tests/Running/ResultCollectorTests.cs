using GradGate.Results;
using GradGate.Gate.Discovery;
using GradGate.Gate.Running;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Running;

/// <summary>Event streams written by hand as the runner writes them, read back with ResultJson.ReadEvents.</summary>
public sealed class ResultCollectorTests : IDisposable
{
    private static readonly DiscoveredCheck A = Check("A");
    private static readonly DiscoveredCheck B = Check("B");
    private static readonly DiscoveredCheck C = Check("C");

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_runner_that_ran_every_check_finishes_the_run_in_request_order()
    {
        var collector = new ResultCollector([A, B]);

        collector.Absorb(Events(Started(A), Passed(A), Completed(A), Started(B), Passed(B), Completed(B)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Empty(collector.Pending);
        Assert.Empty(collector.RunFindings);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(B)).Verdict);
    }

    [Fact]
    public void A_check_that_started_without_a_result_becomes_a_crash_and_the_rest_run_again()
    {
        var collector = new ResultCollector([A, B, C]);

        collector.Absorb(
            Events(Started(A), Passed(A), Completed(A), Started(B), "{\"event\":\"result\",\"checkId\":\"Net.Checks.B\",\"res"),
            Exit(134, "Stack overflow.", "   at Net.Checks.Recurse()"));

        Assert.False(collector.IsFinished);
        Assert.Equal([C], collector.Pending);
        var crash = Assert.Single(collector.ResultsOf(B));
        Assert.Equal(Verdict.Error, crash.Verdict);
        Assert.Equal("Net.Checks.B", crash.Id);
        Assert.Equal("Checks.B", crash.Name);
        var finding = Assert.Single(crash.Findings);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("exit code 134", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Stack overflow.", finding.Message, StringComparison.Ordinal);
        Assert.Contains("B", finding.Message, StringComparison.Ordinal);

        collector.Absorb(Events(Started(C), Passed(C), Completed(C)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(A)).Verdict);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(C)).Verdict);
        Assert.Empty(collector.RunFindings);
    }

    [Fact]
    public void A_process_that_exits_cleanly_in_the_middle_of_a_check_still_names_that_check()
    {
        var collector = new ResultCollector([A, B]);

        collector.Absorb(Events(Started(A)), Exit(0));

        Assert.Equal(DiagnosticCodes.RunnerCrashed, Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings).Code);
        Assert.Equal([B], collector.Pending);
    }

    [Fact]
    public void What_the_runner_noted_while_the_check_ran_explains_the_crash()
    {
        var collector = new ResultCollector([A]);

        collector.Absorb(
            Events(
                Note("loaded Net, Version=1.0.0.0"),
                Started(A),
                Note("the runner process is exiting with code 0 while check 'Net.Checks.A' runs: the check ended the process (Environment.Exit?)")),
            Exit(0));

        var message = Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings).Message;
        Assert.Contains("The runner noted: the runner process is exiting with code 0", message, StringComparison.Ordinal);
        Assert.DoesNotContain("loaded Net", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hung_check_exit_continues_with_the_checks_that_have_no_result()
    {
        var collector = new ResultCollector([A, B, C]);
        var hung = "{\"event\":\"result\",\"checkId\":\"Net.Checks.A\",\"result\":{\"id\":\"Net.Checks.A\",\"verdict\":\"error\","
            + "\"findings\":[{\"code\":\"GG0010\",\"severity\":\"error\",\"message\":\"ran past 1 s\"}]}}";

        collector.Absorb(Events(Started(A), hung, Completed(A)), Exit(RunnerExitCodes.AbandonedHungCheck));

        Assert.False(collector.IsFinished);
        Assert.Equal([B, C], collector.Pending);
        Assert.Equal(DiagnosticCodes.Timeout, Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings).Code);
    }

    [Fact]
    public void When_the_heap_ran_out_beside_another_check_both_run_again_alone_and_only_the_one_that_runs_out_alone_is_named()
    {
        var collector = new ResultCollector([A, B, C]);
        var outOfMemory = "{\"event\":\"result\",\"checkId\":\"Net.Checks.A\",\"result\":{\"id\":\"Net.Checks.A\",\"verdict\":\"error\","
            + "\"findings\":[{\"code\":\"GG0009\",\"severity\":\"error\",\"message\":\"threw System.OutOfMemoryException\"}]}}";

        collector.Absorb(Events(Started(A), Started(B), Note("stopped when the heap ran out")), Exit(RunnerExitCodes.RanOutOfMemory));

        Assert.True(collector.RunsOneCheckAtATime);
        Assert.Equal([A, B, C], collector.Pending);
        Assert.Empty(collector.RunFindings);

        collector.Absorb(Events(Started(A), outOfMemory, Completed(A)), Exit(RunnerExitCodes.RanOutOfMemory));

        Assert.False(collector.IsFinished);
        Assert.Equal([B, C], collector.Pending);

        collector.Absorb(Events(Started(B), Passed(B), Completed(B), Started(C), Passed(C), Completed(C)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Empty(collector.RunFindings);
        Assert.Equal(DiagnosticCodes.CheckThrew, Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings).Code);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(B)).Verdict);
    }

    [Fact]
    public void A_runner_failure_keeps_earlier_results_and_names_the_checks_it_did_not_run()
    {
        var collector = new ResultCollector([A, B, C]);

        collector.Absorb(Events(Started(A), Passed(A), Completed(A), Started(B)), Exit(RunnerExitCodes.RunnerFailed, "GradGate runner: cannot load 'Dep, Version=1.0.0.0'"));

        Assert.True(collector.IsFinished);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(A)).Verdict);
        Assert.Empty(collector.ResultsOf(B));
        var finding = Assert.Single(collector.RunFindings);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("exit code 2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2 checks were not run: Checks.B, Checks.C", finding.Message, StringComparison.Ordinal);
        Assert.Contains("cannot load 'Dep, Version=1.0.0.0'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runner_that_dies_before_any_check_ends_the_run_instead_of_starting_again()
    {
        var collector = new ResultCollector([A, B]);

        collector.Absorb(Events(), Exit(150, "You must install or update .NET to run this application."));

        Assert.True(collector.IsFinished);
        Assert.Equal([A, B], collector.Pending);
        var finding = Assert.Single(collector.RunFindings);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, finding.Code);
        Assert.Contains("without finishing any check", finding.Message, StringComparison.Ordinal);
        Assert.Contains("You must install or update .NET", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restarts_end_because_each_one_either_makes_progress_or_finishes_the_run()
    {
        DiscoveredCheck[] checks = [A, B, C];
        var collector = new ResultCollector(checks);
        var processes = 0;

        while (!collector.IsFinished)
        {
            processes++;
            var first = collector.Pending[0];
            collector.Absorb(Events(Started(first)), Exit(134));
        }

        Assert.Equal(3, processes);
        Assert.All(checks, check => Assert.Equal(Verdict.Error, Assert.Single(collector.ResultsOf(check)).Verdict));
    }

    [Fact]
    public void A_family_cut_short_keeps_its_finished_members_and_adds_a_crash_for_the_rest()
    {
        var collector = new ResultCollector([A, B]);
        var member = "{\"event\":\"result\",\"checkId\":\"Net.Checks.A\",\"result\":{\"id\":\"Net.Checks.A[small]\",\"variant\":\"small\",\"verdict\":\"passed\"}}";

        collector.Absorb(Events(Started(A), member), Exit(134));

        var results = collector.ResultsOf(A);
        Assert.Equal(["Net.Checks.A[small]", "Net.Checks.A"], results.Select(result => result.Id));
        Assert.Contains("after 1 of its targets", Assert.Single(results[1].Findings).Message, StringComparison.Ordinal);
        Assert.Equal([B], collector.Pending);
    }

    [Fact]
    public void A_process_the_watchdog_stopped_gives_the_running_check_a_timeout()
    {
        var collector = new ResultCollector([A, B]);

        collector.Absorb(Events(Started(A)), new RunnerExit(RunnerExitKind.StoppedByWatchdog, 137, [], TimeSpan.FromSeconds(90)));

        var finding = Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings);
        Assert.Equal(DiagnosticCodes.Timeout, finding.Code);
        Assert.Contains("reported nothing for 90 s", finding.Message, StringComparison.Ordinal);
        Assert.Equal([B], collector.Pending);
    }

    [Fact]
    public void Events_about_checks_that_were_not_requested_are_ignored()
    {
        var collector = new ResultCollector([A]);
        var stranger = Check("Stranger");

        collector.Absorb(Events(Started(stranger), Passed(stranger), Completed(stranger), Started(A), Passed(A), Completed(A)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Equal("Net.Checks.A", Assert.Single(collector.ResultsOf(A)).Id);
    }

    [Fact]
    public void Of_checks_running_side_by_side_only_the_one_still_in_flight_when_the_process_died_is_named()
    {
        var collector = new ResultCollector([A, B, C]);

        collector.Absorb(Events(Started(A), Started(B), Passed(B), Completed(B)), Exit(134));

        Assert.Equal(DiagnosticCodes.RunnerCrashed, Assert.Single(Assert.Single(collector.ResultsOf(A)).Findings).Code);
        Assert.Equal(Verdict.Passed, Assert.Single(collector.ResultsOf(B)).Verdict);
        Assert.Equal([C], collector.Pending);
        Assert.False(collector.RunsOneCheckAtATime);
    }

    [Fact]
    public void When_several_checks_were_in_flight_none_is_blamed_and_the_next_process_runs_one_at_a_time_to_name_the_culprit()
    {
        var collector = new ResultCollector([A, B, C]);
        var member = "{\"event\":\"result\",\"checkId\":\"Net.Checks.A\",\"result\":{\"id\":\"Net.Checks.A[small]\",\"variant\":\"small\",\"verdict\":\"passed\"}}";

        collector.Absorb(Events(Started(A), Started(B), member, Note("the runner process is exiting with code 0 while checks 'Net.Checks.A', 'Net.Checks.B' run")), Exit(0));

        Assert.True(collector.RunsOneCheckAtATime);
        Assert.False(collector.IsFinished);
        Assert.Equal([A, B, C], collector.Pending);
        Assert.Empty(collector.ResultsOf(A));

        collector.Absorb(Events(Started(A), member, Completed(A), Started(B)), Exit(0));

        Assert.Equal("Net.Checks.A[small]", Assert.Single(collector.ResultsOf(A)).Id);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, Assert.Single(Assert.Single(collector.ResultsOf(B)).Findings).Code);
        Assert.Equal([C], collector.Pending);

        collector.Absorb(Events(Started(C), Passed(C), Completed(C)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Empty(collector.RunFindings);
    }

    [Fact]
    public void A_family_whose_members_the_filter_all_leaves_out_is_done_with_no_result()
    {
        var family = A with { MemberPatterns = ["Net.Checks.A[wide]"] };
        var collector = new ResultCollector([family, B]);

        collector.Absorb(Events(Started(family), Completed(family), Started(B), Passed(B), Completed(B)), Exit(0));

        Assert.True(collector.IsFinished);
        Assert.Empty(collector.Pending);
        Assert.Empty(collector.RunFindings);
        Assert.Empty(collector.ResultsOf(family));
    }

    [Fact]
    public void A_check_the_filter_takes_whole_that_completes_without_a_result_is_still_run_again()
    {
        var collector = new ResultCollector([A]);

        collector.Absorb(Events(Started(A), Completed(A)), Exit(0));

        Assert.Equal([A], collector.Pending);
    }

    [Fact]
    public void Nothing_to_run_is_finished_from_the_start()
        => Assert.True(new ResultCollector([]).IsFinished);

    private static DiscoveredCheck Check(string method)
        => new($"Net.Checks.{method}", "Net.Checks", method, $"Checks.{method}", null, new SourceLocation { File = "Checks.cs", Line = 3 });

    private static string Started(DiscoveredCheck check) => $"{{\"event\":\"started\",\"checkId\":\"{check.Id}\"}}";

    private static string Passed(DiscoveredCheck check)
        => $"{{\"event\":\"result\",\"checkId\":\"{check.Id}\",\"result\":{{\"id\":\"{check.Id}\",\"name\":\"{check.DisplayName}\",\"verdict\":\"passed\"}}}}";

    private static string Completed(DiscoveredCheck check) => $"{{\"event\":\"completed\",\"checkId\":\"{check.Id}\"}}";

    private static string Note(string message) => $"{{\"event\":\"log\",\"message\":\"{message}\"}}";

    private static RunnerExit Exit(int code, params string[] standardError) => new(RunnerExitKind.Exited, code, standardError, TimeSpan.FromSeconds(90));

    private List<RunnerEvent> Events(params string[] lines)
    {
        var path = _scratch.File($"events-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + (lines.Length == 0 ? "" : "\n"));
        return ResultJson.ReadEvents(path);
    }
}
