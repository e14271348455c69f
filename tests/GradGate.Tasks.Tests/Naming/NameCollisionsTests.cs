using GradGate.Results;
using GradGate.Gate.Naming;

namespace GradGate.Tasks.Tests.Naming;

public sealed class NameCollisionsTests
{
    [Fact]
    public void Two_checks_of_one_class_with_the_same_name_both_fail_naming_each_other()
    {
        var first = Check("Net.Checks", "First", "Same", Verdict.Passed);
        var second = Check("Net.Checks", "Second", "Same", Verdict.Failed);

        NameCollisions.Reject([first, second, Check("Net.Checks", "Third", "Checks.Third", Verdict.Passed)]);

        Assert.Equal((Verdict.Failed, Verdict.Failed), (first.Verdict, second.Verdict));
        var finding = first.Findings[0];
        Assert.Equal((DiagnosticCodes.InvalidTarget, Severity.Error), (finding.Code, finding.Severity));
        Assert.StartsWith("Same (Net.Checks.First) can be mistaken for 'Same' (Net.Checks.Second) at Checks.cs(7)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Same' (Net.Checks.First)", second.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_another_checks_id_fails_both()
    {
        var named = Check("Net.Checks", "Alias", "Net.Checks.Real", Verdict.Passed);
        var real = Check("Net.Checks", "Real", "Checks.Real", Verdict.Passed);

        NameCollisions.Reject([named, real]);

        Assert.Equal((Verdict.Failed, Verdict.Failed), (named.Verdict, real.Verdict));
        Assert.Single(named.Findings);
        Assert.Single(real.Findings);
    }

    [Fact]
    public void The_same_name_in_two_classes_is_two_test_cases_and_passes()
    {
        var checks = new[] { Check("Net.Checks", "Loss", "Loss", Verdict.Passed), Check("Net.Other", "Loss", "Loss", Verdict.Passed) };

        NameCollisions.Reject(checks);

        Assert.All(checks, check => Assert.Equal((Verdict.Passed, 0), (check.Verdict, check.Findings.Count)));
    }

    [Fact]
    public void A_check_whose_name_is_its_own_id_is_not_a_collision()
    {
        var check = Check("Net.Checks", "Loss", "Net.Checks.Loss", Verdict.Passed);

        NameCollisions.Reject([check]);

        Assert.Empty(check.Findings);
    }

    [Fact]
    public void A_colliding_check_that_could_not_run_keeps_its_error_verdict_and_its_own_finding_after_the_new_one()
    {
        var errored = Check("Net.Checks", "A", "Same", Verdict.Error);
        errored.Findings.Add(new Finding { Code = DiagnosticCodes.CheckThrew, Severity = Severity.Error, Message = "threw" });

        NameCollisions.Reject([errored, Check("Net.Checks", "B", "Same", Verdict.Passed)]);

        Assert.Equal(Verdict.Error, errored.Verdict);
        Assert.Equal([DiagnosticCodes.InvalidTarget, DiagnosticCodes.CheckThrew], errored.Findings.Select(finding => finding.Code));
    }

    private static CheckResult Check(string className, string method, string name, Verdict verdict) => new()
    {
        Id = $"{className}.{method}",
        Name = name,
        ClassName = className,
        MethodName = method,
        Verdict = verdict,
        Source = new SourceLocation { File = "Checks.cs", Line = 7, Column = 5 },
    };
}
