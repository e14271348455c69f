using GradGate.Reports.Paths;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports.Paths;

public sealed class ReportPathsTests
{
    private const string Root = "/home/runner/work/app/";

    [Fact]
    public void The_assembly_project_and_sources_are_relative_and_the_stored_run_is_untouched()
    {
        var run = Run();

        var reported = ReportPaths.RelativeTo(run, Root);

        Assert.Equal("tests/MyChecks/bin/Release/net10.0/MyChecks.dll", reported.AssemblyPath);
        Assert.Equal("tests/MyChecks/MyChecks.csproj", reported.ProjectPath);
        Assert.Equal("tests/MyChecks/Mlp.cs", reported.Checks[0].Source!.File);
        Assert.Equal(11, reported.Checks[0].Source!.Line);
        Assert.Null(reported.Checks[1].Source);
        Assert.Equal(Root + "tests/MyChecks/Mlp.cs", run.Checks[0].Source!.File);
        Assert.Equal(Root + "tests/MyChecks/MyChecks.csproj", run.ProjectPath);
    }

    [Fact]
    public void Text_that_names_a_file_under_the_root_names_it_relative_to_the_root()
    {
        var reported = ReportPaths.RelativeTo(Run(), Root.TrimEnd('/'));

        Assert.Equal("Mlp.Loss threw: boom\n   at Mlp.Loss() in tests/MyChecks/Mlp.cs:line 20", reported.Checks[0].Findings[0].Message);
        Assert.Equal("Built from tests/MyChecks/bin/Release/net10.0/MyChecks.dll only on Linux.", reported.Checks[1].SkipReason);
        Assert.Equal("tests/MyChecks/bin/Release/net10.0/MyChecks.dll declares 2 checks.", reported.RunFindings[0].Message);
    }

    private static RunResult Run()
        => new()
        {
            AssemblyPath = Root + "tests/MyChecks/bin/Release/net10.0/MyChecks.dll",
            ProjectPath = Root + "tests/MyChecks/MyChecks.csproj",
            Checks =
            [
                new CheckResult
                {
                    Id = "MyChecks.Mlp.Loss",
                    Verdict = Verdict.Error,
                    Source = new SourceLocation { File = Root + "tests/MyChecks/Mlp.cs", Line = 11, Column = 5 },
                    Findings = [new Finding { Code = DiagnosticCodes.CheckThrew, Severity = Severity.Error, Message = $"Mlp.Loss threw: boom\n   at Mlp.Loss() in {Root}tests/MyChecks/Mlp.cs:line 20" }],
                },
                new CheckResult
                {
                    Id = "MyChecks.Mlp.Slow",
                    Verdict = Verdict.Skipped,
                    SkipReason = $"Built from {Root}tests/MyChecks/bin/Release/net10.0/MyChecks.dll only on Linux.",
                },
            ],
            RunFindings = [new Finding { Code = DiagnosticCodes.NoTargets, Severity = Severity.Message, Message = $"{Root}tests/MyChecks/bin/Release/net10.0/MyChecks.dll declares 2 checks." }],
        };
}
