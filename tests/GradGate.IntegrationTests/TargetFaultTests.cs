using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// One project whose checks each hit a fault of the target's making, built once (the suite stays fast): every
/// fault gets its own diagnostic on its own check, the checks after a crash or a change of process-wide state
/// still run, the healthy ones pass, and every report is whole and parses, hostile text and all.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TargetFaultTests(PackageFixture package)
{
    /// <summary><see cref="FaultSources.HostileText"/> as the compiler reads it.</summary>
    private const string Hostile = "<loss> & \"quoted\" ]]> {0} Ünïcödé 日本語 🧪 \u0001\u001b[31mred\u001b[0m\t|";

    /// <summary>What XML 1.0 can hold of it: the control characters other than the tab are dropped.</summary>
    private const string HostileInXml = "<loss> & \"quoted\" ]]> {0} Ünïcödé 日本語 🧪 [31mred[0m\t|";

    private const string MemoryCap = "-p:GradGateMemoryLimit=512";

    /// <summary>Each check of <see cref="FaultSources.TargetFaults"/>, the code of its one error (null when it passes) and its verdict.</summary>
    private static readonly (string Method, string? Code, string Verdict)[] Expected =
    [
        ("ReturnsNull", "GG0014", "failed"),
        ("ExitsTheProcess", "GG0011", "error"),
        ("OverflowsTheStack", "GG0011", "error"),
        ("AllocatesWithoutBound", "GG0009", "error"),
        ("FloodsTheConsole", null, "passed"),
        ("ReadsStandardInput", null, "passed"),
        ("ChangesProcessState", null, "passed"),
        ("NaNLoss", "GG0003", "failed"),
        ("InfiniteGradient", "GG0003", "failed"),
        ("WrongLengthGradient", "GG0014", "failed"),
        ("MissingParameterName", "GG0014", "failed"),
        ("DuplicateParameterName", "GG0014", "failed"),
        ("NoParameters", "GG0014", "failed"),
        ("NondeterministicLoss", "GG0006", "failed"),
        ("MutatingLoss", "GG0007", "failed"),
        ("HostileNameThrows", "GG0009", "error"),
        ("HostileBlockName", "GG0001", "failed"),
        ("Healthy", null, "passed"),
    ];

    [Fact]
    public void Every_fault_gets_its_own_diagnostic_every_report_is_whole_and_an_unwritable_report_folder_loses_no_finding()
    {
        var project = TestProject.Create(package, "TargetFaults").WriteFile("TargetFaults.cs", FaultSources.TargetFaults);

        // A runner capped at 512 MB of managed heap: the unbounded allocation ends in an OutOfMemoryException, not a starved machine.
        var build = project.Build(MemoryCap);

        Assert.False(build.Succeeded, build.ToString());
        foreach (var (method, code, _) in Expected.Where(expected => expected.Code is not null))
        {
            var line = project.LineOf("TargetFaults.cs", $" {method}(");
            var error = Assert.Single(build.Errors, error => error.Line >= line && error.Line <= line + 1 && error.File.EndsWith("TargetFaults.cs"));
            Assert.True(code == error.Code, $"{method}: expected {code}, got {error.Code}: {error.Message}");
        }

        var expectedErrors = Expected.Count(expected => expected.Code is not null);
        Assert.True(
            build.Errors.Count() == expectedErrors,
            $"Expected {expectedErrors} errors, one per faulty check, but the build logged {build.Errors.Count()}:\n"
            + string.Join("\n", build.Errors.Select(error => $"{error.File}({error.Line}): {error.Code}: {error.Message}")));
        Assert.Contains(build.WithCode("GG0011"), error => error.Message.Contains("ExitsTheProcess") && error.Message.Contains("exit code 7"));
        Assert.Contains(build.WithCode("GG0011"), error => error.Message.Contains("OverflowsTheStack") && error.Message.Contains("SIGABRT"));
        Assert.Contains(build.WithCode("GG0007"), error => error.Message.Contains("1.5 after it"));
        Assert.Contains(build.WithCode("GG0009"), error => error.Message.Contains("AllocatesWithoutBound") && error.Message.Contains("OutOfMemoryException"));
        // Checked after a target set the culture to de-DE in the same runner: figures keep their invariant form.
        Assert.Matches(@"relative error \d\.\d+e-01 exceeds", Assert.Single(build.WithCode("GG0001")).Message);
        Assert.DoesNotContain('\u001b', build.Output); // a check's ANSI colour code reaches the log escaped
        Assert.Contains(build.WithCode("GG0009"), error => error.Message.StartsWith(@"<loss> & ""quoted"" ]]> {0} Ünïcödé 日本語 🧪 \u0001\u001B[31mred"));
        Assert.Equal("GradGate: 18 checks, 4 passed, 10 failed, 4 errored", build.Summary![..build.Summary!.IndexOf(" (", StringComparison.Ordinal)]);

        // A check's name never becomes a path: the reports have fixed names in the report folder.
        Assert.Equal(["gradgate.json", "gradgate.junit.xml", "gradgate.md"], Directory.GetFileSystemEntries(project.ReportDirectory()).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFileSystemEntries(package.WorkRoot, "escaped", SearchOption.AllDirectories));
        AssertJsonReport(project);
        AssertJUnitReport(project);
        AssertMarkdownTables(project);

        var occupied = Path.Combine(project.Directory, "occupied");
        File.WriteAllText(occupied, "a file where the report folder should be");
        var unwritable = project.Build(MemoryCap, $"-p:GradGateReportDirectory={Path.Combine(occupied, "reports")}");

        Assert.False(unwritable.Succeeded, unwritable.ToString());
        var configuration = Assert.Single(unwritable.WithCode("GG0012"));
        Assert.Contains("GradGateReportDirectory", configuration.Message);
        Assert.Contains("The findings above are complete", configuration.Message);
        Assert.Equal(build.Errors.Select(error => (error.Code, error.Line)).Order(), unwritable.Errors.Where(error => error.Code != "GG0012").Select(error => (error.Code, error.Line)).Order());
    }

    private static void AssertJsonReport(TestProject project)
    {
        using var report = project.ReadJsonReport();
        var checks = report.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(Expected.Select(expected => (expected.Method, expected.Verdict)), checks.Select(check => (check.GetProperty("methodName").GetString()!, check.GetProperty("verdict").GetString()!)));
        foreach (var (check, expected) in checks.Zip(Expected))
        {
            var codes = check.GetProperty("findings").EnumerateArray().Where(finding => finding.GetProperty("severity").GetString() == "error").Select(finding => finding.GetProperty("code").GetString());
            Assert.Equal(expected.Code is null ? [] : [expected.Code], codes);
        }

        var hostile = checks.Single(check => check.GetProperty("methodName").GetString() == "HostileNameThrows");
        Assert.Equal(Hostile, hostile.GetProperty("name").GetString());
        Assert.StartsWith($"{Hostile} could not be checked", hostile.GetProperty("findings")[0].GetProperty("message").GetString());
        var block = checks.Single(check => check.GetProperty("methodName").GetString() == "HostileBlockName").GetProperty("blocks")[0];
        Assert.Equal(Hostile, block.GetProperty("name").GetString());
    }

    /// <summary>Every row of every table has as many cells as its header: no name's <c>|</c> opened a cell of its own.</summary>
    private static void AssertMarkdownTables(TestProject project)
    {
        var markdown = File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.md"));
        Assert.Contains("日本語", markdown);
        var cellsInHeader = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var cells = line.StartsWith('|') ? Regex.Matches(line, @"(?<!\\)\|").Count : 0;
            cellsInHeader = cells == 0 ? 0 : cellsInHeader == 0 ? cells : cellsInHeader;
            Assert.True(cells == cellsInHeader, $"A table row has {cells - 1} cells where its header has {cellsInHeader - 1}: {line}");
        }
    }

    private static void AssertJUnitReport(TestProject project)
    {
        var suite = XDocument.Load(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(("18", "10", "4"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("errors")!));
        Assert.Equal(18, cases.Count);
        Assert.Equal(10, cases.Count(testCase => testCase.Element("failure") is not null));
        Assert.Equal(4, cases.Count(testCase => testCase.Element("error") is not null));
        var hostile = Assert.Single(cases, testCase => (string)testCase.Attribute("name")! == HostileInXml);
        Assert.Equal("GG0009", (string)hostile.Element("error")!.Attribute("type")!);
    }
}
