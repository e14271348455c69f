using GradGate.Checking;
using GradGate.Results;

namespace GradGate.Reports.Html.Tests;

/// <summary>A run as the gate records it, of samples/BugHunt's checks and <see cref="ReportChecks"/>, judged by the real checker.</summary>
internal static class BugHuntRun
{
    private static readonly Lazy<RunResult> Run = new(Create);

    public static RunResult Instance => Run.Value;

    private static RunResult Create()
    {
        var checks = GradChecker.CheckAll(typeof(BugHunt.Checks)).Concat(GradChecker.CheckAll(typeof(ReportChecks))).ToList();
        return new RunResult
        {
            ToolVersion = "0.1.0",
            AssemblyPath = "samples/BugHunt/bin/Release/net10.0/BugHunt.dll",
            AssemblyName = "BugHunt",
            TargetFramework = "net10.0",
            ProjectPath = "samples/BugHunt/BugHunt.csproj",
            StartedAtUtc = new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc),
            DurationSeconds = checks.Sum(check => check.DurationSeconds),
            Checks = checks,
        };
    }
}
